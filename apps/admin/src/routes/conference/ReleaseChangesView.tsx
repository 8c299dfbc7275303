import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  RELEASE_CHANGE_KINDS,
  type ReleaseChanges,
  type ReleaseTranslate,
  fieldChangesText,
  isEmpty,
  movedText,
  slotText,
} from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';

/**
 * What a release changes, in words: a list per kind (new, cancelled, moved, changed), each
 * session with its number and what happened, times in Norwegian time.
 */
export function ReleaseChangesView({
  changes,
  emptyText,
  headingLevel = 4,
}: {
  changes: ReleaseChanges;
  emptyText: string;
  /** The kinds' headings sit under the caller's: 3 under a section, 4 under a release. */
  headingLevel?: 3 | 4;
}) {
  const { t, locale } = useI18n();
  const tr: ReleaseTranslate = (key, params) => t(key, params);
  if (isEmpty(changes)) return <Paragraph>{emptyText}</Paragraph>;
  const lines: Record<(typeof RELEASE_CHANGE_KINDS)[number], Array<{ guid: string; text: string }>> = {
    added: changes.added.map((a) => ({ guid: a.guid, text: `${a.title}: ${slotText(tr, locale, a.at)}` })),
    cancelled: changes.cancelled.map((c) => ({ guid: c.guid, text: `${c.title}: ${slotText(tr, locale, c.was)}` })),
    moved: changes.moved.map((m) => ({ guid: m.guid, text: `${m.title}: ${movedText(tr, locale, m)}` })),
    changed: changes.changed.map((c) => ({ guid: c.guid, text: `${c.title}: ${fieldChangesText(tr, c.fields)}` })),
  };
  return (
    <div className="kp-stack">
      {RELEASE_CHANGE_KINDS.filter((kind) => lines[kind].length > 0).map((kind) => (
        <div key={kind}>
          <Heading level={headingLevel} data-size="2xs">
            {t(`conference.release.kind.${kind}`)} ({lines[kind].length})
          </Heading>
          <ul>
            {lines[kind].map((line) => (
              <li key={line.guid}>{line.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
