import { useMemo } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { diffVersions, type DiffPart, type Locale } from '@knutepunkt/domain';
import { VisuallyHidden, useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { DIFF_FIELDS, comparableFields, type ComparableVersion } from './labels.ts';

/** Unchanged text longer than this is shortened to its ends, so a one-word change in a long section is easy to find. */
const KEEP = 160;

type Shown = DiffPart | { kind: 'omitted' };

/** Cuts long unchanged runs down to the words next to the changes. */
export function condense(parts: readonly DiffPart[]): Shown[] {
  return parts.flatMap((part, index): Shown[] => {
    if (part.kind !== 'same' || part.text.length <= KEEP * 3) return [part];
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? '' : part.text.slice(0, KEEP).replace(/\S*$/, '');
    const tail = last ? '' : part.text.slice(-KEEP).replace(/^\S*/, '');
    const shown: Shown[] = [];
    if (head) shown.push({ kind: 'same', text: head });
    shown.push({ kind: 'omitted' });
    if (tail) shown.push({ kind: 'same', text: tail });
    return shown;
  });
}

export interface VersionDiffProps {
  published: ComparableVersion & { number: number };
  version: ComparableVersion;
}

/**
 * "Hva er endret": for a revision of a published example, the fields that
 * differ from the published version, word by word. Additions are <ins> and
 * removals <del>, underlined and struck through (not told by colour alone),
 * each announced by hidden text, since screen readers do not read ins/del
 * out by default.
 */
export function VersionDiff({ published, version }: VersionDiffProps) {
  const { t, locale } = useI18n();
  const changed = useMemo(() => {
    const diffs = diffVersions(comparableFields(published, t), comparableFields(version, t));
    return DIFF_FIELDS.flatMap((meta) => {
      const diff = diffs.find((d) => d.field === meta.field);
      return diff?.changed ? [{ ...meta, parts: diff.parts }] : [];
    });
  }, [published, version, t]);
  const contentLang = version.language as Locale;

  return (
    <Section title={t('practice.admin.diff.heading')} className="kp-changes">
      {changed.length === 0 ? (
        <Paragraph>{t('practice.admin.diff.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('practice.admin.diff.intro', { number: published.number })}</Paragraph>
          {changed.map((field) => (
            <div key={field.field} className="kp-changes__field">
              <Heading level={3} data-size="2xs">
                {t(field.label)}
              </Heading>
              <div className="kp-changes__text" lang={field.content ? contentLang : undefined}>
                {condense(field.parts).map((part, index) => {
                  if (part.kind === 'omitted') {
                    return (
                      <span key={index} className="kp-changes__omitted">
                        <span aria-hidden="true"> … </span>
                        <VisuallyHidden lang={locale}>{` (${t('practice.admin.diff.omitted')}) `}</VisuallyHidden>
                      </span>
                    );
                  }
                  if (part.kind === 'added') {
                    return (
                      <ins key={index}>
                        <VisuallyHidden lang={locale}>{` ${t('practice.admin.diff.added')} `}</VisuallyHidden>
                        {part.text}
                        <VisuallyHidden lang={locale}>{` (${t('practice.admin.diff.addedEnd')}) `}</VisuallyHidden>
                      </ins>
                    );
                  }
                  if (part.kind === 'removed') {
                    return (
                      <del key={index}>
                        <VisuallyHidden lang={locale}>{` ${t('practice.admin.diff.removed')} `}</VisuallyHidden>
                        {part.text}
                        <VisuallyHidden lang={locale}>{` (${t('practice.admin.diff.removedEnd')}) `}</VisuallyHidden>
                      </del>
                    );
                  }
                  return <span key={index}>{part.text}</span>;
                })}
              </div>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}
