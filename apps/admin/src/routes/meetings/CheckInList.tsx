import { useId, useMemo, useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { nameMatches } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { TextField, useI18n } from '@knutepunkt/ui';
import { formatNumber } from '../../format.ts';

export type CheckInPerson = AdminRouterOutputs['meetings']['checkIn']['list']['people'][number] & {
  /** Marked on this phone and not yet answered for by the server. */
  unsent: boolean;
};

export interface CheckInListProps {
  people: CheckInPerson[];
  /** False outside the check-in window: the list is shown, the boxes cannot be changed. */
  enabled: boolean;
  onMark: (registrationId: string, attended: boolean) => void;
}

/**
 * The phone's list (docs/adr/0021): a search by name (accents and case
 * ignored; the number of hits is announced), and one big checkbox per person
 * with their name and organisation. Every box is at least 48 px high, for a
 * thumb at the door.
 */
export function CheckInList({ people, enabled, onMark }: CheckInListProps) {
  const { t, locale } = useI18n();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => people.filter((p) => nameMatches(p.name, query)), [people, query]);
  const searching = query.trim().length > 0;
  const legendId = useId();

  return (
    <div className="kp-checkin__list">
      <div role="search">
        <TextField
          name="checkInSearch"
          type="search"
          label={t('meetings.admin.checkIn.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <div role="status" className="kp-checkin__hits">
        {searching
          ? shown.length === 1
            ? t('meetings.admin.checkIn.hits.one')
            : t('meetings.admin.checkIn.hits.many', { n: formatNumber(locale, shown.length) })
          : null}
      </div>
      {people.length === 0 ? (
        <Paragraph>{t('meetings.admin.checkIn.empty')}</Paragraph>
      ) : (
        <fieldset className="kp-checkin__fieldset" aria-labelledby={legendId}>
          <legend id={legendId} className="kp-checkin__legend">
            {t('meetings.admin.checkIn.legend')}
          </legend>
          {shown.length === 0 ? <Paragraph>{t('meetings.admin.checkIn.noHits')}</Paragraph> : null}
          <ul className="kp-checkin__people">
            {shown.map((p) => (
              <li key={p.registrationId}>
                <PersonBox person={p} enabled={enabled} onMark={onMark} />
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </div>
  );
}

function PersonBox({
  person,
  enabled,
  onMark,
}: {
  person: CheckInPerson;
  enabled: boolean;
  onMark: CheckInListProps['onMark'];
}) {
  const { t } = useI18n();
  const inputId = useId();
  const noteId = useId();
  const notes = [
    person.attendance === 'online' ? t('meetings.admin.checkIn.online') : null,
    person.unsent ? t('meetings.admin.checkIn.unsent') : null,
  ].filter((n): n is string => n !== null);
  return (
    <label htmlFor={inputId} className="kp-checkin__person" data-attended={person.attended || undefined}>
      <input
        id={inputId}
        type="checkbox"
        className="kp-checkin__box"
        checked={person.attended}
        disabled={!enabled}
        aria-describedby={notes.length > 0 ? noteId : undefined}
        onChange={(e) => onMark(person.registrationId, e.target.checked)}
      />
      <span className="kp-checkin__who">
        <span className="kp-checkin__name">{person.name}</span>
        <span className="kp-checkin__organisation">
          {person.organisation ?? t('meetings.admin.checkIn.noOrganisation')}
        </span>
        {notes.length > 0 ? (
          // Out of the box's name (it is read as its description instead).
          <span id={noteId} className="kp-checkin__note" aria-hidden="true">
            {notes.join(' · ')}
          </span>
        ) : null}
      </span>
      {/* The box says it already; the word is for the eye at a glance. */}
      <span className="kp-checkin__state" aria-hidden="true">
        {person.attended ? t('meetings.admin.checkIn.attended') : t('meetings.admin.checkIn.notAttended')}
      </span>
    </label>
  );
}
