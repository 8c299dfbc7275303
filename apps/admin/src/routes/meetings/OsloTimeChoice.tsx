import { Fieldset } from '@digdir/designsystemet-react';
import { osloInstantsFor, type Disambiguation } from '@knutepunkt/domain';
import { RadioField, useI18n } from '@knutepunkt/ui';

/**
 * Whether a date and time on a clock in Oslo happens twice (the autumn
 * overlap, docs/adr/0018). The server refuses such a time without a choice;
 * the form asks the question only then, so it asks it when the server has
 * refused the field and the time is one of those.
 */
export function isOsloOverlap(date: string, time: string): boolean {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return false;
  return (
    osloInstantsFor({
      year: Number(d[1]),
      month: Number(d[2]),
      day: Number(d[3]),
      hour: Number(t[1]),
      minute: Number(t[2]),
      second: 0,
    }).length > 1
  );
}

export interface OsloTimeChoiceProps {
  /** The form field the choice belongs to ('startsAt'); the radios' ids start with it. */
  field: string;
  time: string;
  value: Disambiguation | undefined;
  onChange: (value: Disambiguation) => void;
}

/** "Which 02:30?": the first (summer time) or the second (winter time). */
export function OsloTimeChoice({ field, time, value, onChange }: OsloTimeChoiceProps) {
  const { t } = useI18n();
  return (
    <Fieldset className="kp-time-choice">
      <Fieldset.Legend>{t('meetings.admin.time.which', { time })}</Fieldset.Legend>
      <Fieldset.Description>{t('meetings.admin.time.chooseAndSave')}</Fieldset.Description>
      {(['earlier', 'later'] as const).map((choice) => (
        <RadioField
          key={choice}
          id={`${field}-${choice}`}
          name={`${field}-disambiguation`}
          value={choice}
          label={t(`meetings.time.${choice}`)}
          checked={value === choice}
          onChange={() => onChange(choice)}
        />
      ))}
    </Fieldset>
  );
}
