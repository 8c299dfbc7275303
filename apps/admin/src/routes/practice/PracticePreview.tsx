import { useId } from 'react';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Locale } from '@knutepunkt/domain';
import { Markdown, useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { SECTION_FIELDS, TAG_FIELDS, TAG_HEADINGS, tagLabels, type ComparableVersion } from './labels.ts';

export interface PracticePreviewProps {
  version: ComparableVersion;
  organisationName: string;
}

/**
 * The version as a reader of the practice bank will see it: title, summary,
 * tags, the written sections as formatted text, and the contact person.
 * What the editors wrote keeps its own language (`lang`); the headings are
 * in the interface's language. Sections left empty are not shown, as on the
 * public page.
 */
export function PracticePreview({ version, organisationName }: PracticePreviewProps) {
  const { t } = useI18n();
  const titleId = useId();
  const lang = version.language as Locale;
  const tagGroups = TAG_FIELDS.map((field) => ({ field, labels: tagLabels(field, version[field], t) })).filter(
    (g) => g.labels.length > 0,
  );
  const sections = SECTION_FIELDS.filter((field) => version[field].trim() !== '');
  const hasContact = version.contactName || version.contactRole || version.contactEmail;

  return (
    <Section title={t('practice.admin.review.preview')}>
      <article aria-labelledby={titleId} className="kp-preview">
        <Heading level={3} data-size="md" id={titleId} lang={lang}>
          {version.title}
        </Heading>
        <Paragraph data-size="sm" className="kp-muted">
          {organisationName} · {t(version.ongoing ? 'practice.admin.ongoing.yes' : 'practice.admin.ongoing.no')}
        </Paragraph>
        {version.summary.trim() ? (
          <Paragraph data-size="lg" lang={lang} className="kp-preview__summary">
            {version.summary}
          </Paragraph>
        ) : null}
        {tagGroups.length > 0 ? (
          <dl className="kp-preview__tags" aria-label={t('practice.admin.tags.heading')}>
            {tagGroups.map((group) => (
              <div key={group.field} className="kp-preview__tag-row">
                <dt>{t(TAG_HEADINGS[group.field])}</dt>
                <dd>
                  <ul className="kp-tags kp-plain-list">
                    {group.labels.map((label) => (
                      <li key={label}>
                        <Tag data-size="sm" data-color={group.field === 'chime' ? 'accent' : 'neutral'}>
                          {label}
                        </Tag>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        {sections.map((field) => (
          <div key={field} className="kp-preview__section">
            <Heading level={3} data-size="xs">
              {t(`practice.section.${field}`)}
            </Heading>
            <Markdown source={version[field]} lang={lang} />
          </div>
        ))}
        {hasContact ? (
          <div className="kp-preview__section">
            <Heading level={3} data-size="xs">
              {t('practice.section.contact')}
            </Heading>
            <Paragraph lang={lang}>
              {version.contactName}
              {version.contactName && version.contactRole ? ', ' : null}
              {version.contactRole}
            </Paragraph>
            {version.contactEmail ? (
              <Paragraph>
                <Link href={`mailto:${version.contactEmail}`}>
                  {t('practice.admin.contact.email', { email: version.contactEmail })}
                </Link>
              </Paragraph>
            ) : null}
          </div>
        ) : null}
      </article>
    </Section>
  );
}
