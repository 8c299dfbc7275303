import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { pathTo, practicePaths, type Locale } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataList, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDateTime } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { stateLabel } from './labels.ts';
import { ReviewCommentList } from './ReviewComments.tsx';
import './practice.css';

const STATE_COLOR: Record<string, 'success' | 'warning' | 'danger' | 'neutral' | 'info'> = {
  PUBLISHED: 'success',
  IN_REVIEW: 'warning',
  RETURNED: 'danger',
  DRAFT: 'info',
};

/** /praksis/eksempel/:exampleId/historikk: every submitted version, newest first, with dates and the reviewers' comments. */
export function ExampleHistoryPage() {
  const { exampleId = '' } = useParams();
  const trpc = useTRPC();
  const history = useQuery({ ...trpc.practice.history.queryOptions({ exampleId }), staleTime: 0 });

  return <QueryView query={history}>{(versions) => <History versions={versions} />}</QueryView>;
}

function History({ versions }: { versions: AdminRouterOutputs['practice']['history'] }) {
  const { t, locale } = useI18n();
  const latest = versions[0];
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDateTime(locale, value)}</time> : null);

  return (
    <Page
      title={latest ? t('practiceAdmin.history.title', { title: latest.title }) : t('practiceAdmin.history.titlePlain')}
      lead={<Paragraph>{t('practiceAdmin.history.intro')}</Paragraph>}
      actions={<AppLink to={pathTo(practicePaths.admin.list)}>{t('practiceAdmin.history.back')}</AppLink>}
    >
      <DataList
        label={t('practiceAdmin.history.list')}
        items={versions}
        itemKey={(version) => version.id}
        className="kp-audit"
        itemClassName="kp-audit__entry"
        empty={t('practiceAdmin.history.empty')}
        renderItem={(version) => {
          const facts = [
            { label: t('practiceAdmin.history.created'), value: date(version.createdAt) },
            { label: t('practiceAdmin.history.submitted'), value: date(version.submittedAt) },
            { label: t('practiceAdmin.history.reviewed'), value: date(version.reviewedAt) },
            { label: t('practiceAdmin.history.published'), value: date(version.publishedAt) },
          ].filter((fact) => fact.value !== null);
          return (
            <>
              <Heading level={2} data-size="2xs">
                {t('practiceAdmin.history.version', { number: version.number })}:{' '}
                <span lang={version.language as Locale}>{version.title}</span>
              </Heading>
              <Tag data-size="sm" data-color={STATE_COLOR[version.state] ?? 'neutral'}>
                {stateLabel(version.state, t)}
              </Tag>
              <dl className="kp-meta">
                {facts.map((fact) => (
                  <div key={fact.label}>
                    <dt>{fact.label}</dt>
                    <dd>{fact.value}</dd>
                  </div>
                ))}
              </dl>
              {version.state === 'IN_REVIEW' ? (
                <Paragraph>
                  <AppLink to={pathTo(practicePaths.admin.review, { versionId: version.id })}>
                    {t('practiceAdmin.history.review')}
                  </AppLink>
                </Paragraph>
              ) : null}
              {version.comments.length > 0 ? (
                <div className="kp-history__comments">
                  <Heading level={3} data-size="2xs">
                    {t('practiceAdmin.history.comments')}
                  </Heading>
                  <ReviewCommentList comments={version.comments} />
                </div>
              ) : null}
            </>
          );
        }}
      />
    </Page>
  );
}
