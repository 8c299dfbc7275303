import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { VersionState } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import type { Outputs } from '../../trpc.ts';
import { formatDayAndTime } from './format.ts';

type Versions = Outputs['practice']['history'];

const STATE_COLOR: Record<VersionState, 'neutral' | 'info' | 'warning' | 'success'> = {
  DRAFT: 'neutral',
  IN_REVIEW: 'info',
  RETURNED: 'warning',
  PUBLISHED: 'success',
  SUPERSEDED: 'neutral',
};

/** Every version, newest first: its state (in words, not colour alone), when it moved, what reviewers said. */
export function VersionHistory({ versions }: { versions: Versions }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="history-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('practice.web.history.heading')}
      </Heading>
      <ol className="kp-history">
        {versions.map((v) => (
          <li key={v.id} className="kp-card">
            <Heading level={3} data-size="2xs">
              {t('practice.web.history.version', { number: v.number })}{' '}
              <Tag data-color={STATE_COLOR[v.state]} data-size="sm">
                {t(`practice.state.${v.state}`)}
              </Tag>
            </Heading>
            <Paragraph data-size="sm">
              {v.publishedAt
                ? t('practice.web.history.published', { date: formatDayAndTime(v.publishedAt, locale) })
                : v.submittedAt && v.state === 'IN_REVIEW'
                  ? t('practice.web.history.submitted', { date: formatDayAndTime(v.submittedAt, locale) })
                  : t('practice.web.history.changed', { date: formatDayAndTime(v.updatedAt, locale) })}
            </Paragraph>
            {v.comments.length > 0 ? (
              <Details>
                <Details.Summary>{t('practice.web.history.comments', { count: v.comments.length })}</Details.Summary>
                <Details.Content>
                  {v.comments.map((c) => (
                    <blockquote key={c.id} className="kp-comment">
                      <span className="kp-comment__meta">{formatDayAndTime(c.createdAt, locale)}</span>
                      {'\n'}
                      {c.body}
                    </blockquote>
                  ))}
                </Details.Content>
              </Details>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
