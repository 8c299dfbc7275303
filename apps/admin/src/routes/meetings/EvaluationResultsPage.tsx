import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { RATINGS, type Rating, meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataTable, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';

type Results = AdminRouterOutputs['meetings']['evaluation']['results'];

/** /moter/:meetingId/evaluering/resultater: totals only, and nothing below five answers (docs/adr/0022). */
export function EvaluationResultsPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.meetings.evaluation.results.queryOptions({ meetingId }), staleTime: 0 });
  return <QueryView query={query}>{(data) => <EvaluationResultsView data={data} />}</QueryView>;
}

export function EvaluationResultsView({ data }: { data: Results }) {
  const { t, locale } = useI18n();
  const { results } = data;
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { style: 'percent' });
  const mean = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  return (
    <Page
      title={t('meetings.admin.evaluation.results.heading', { title: data.meeting.title })}
      lead={
        <Paragraph>
          <AppLink to={pathTo(meetingPaths.admin.evaluation, { meetingId: data.meeting.id })}>
            {t('meetings.admin.evaluation.results.back')}
          </AppLink>
        </Paragraph>
      }
    >
      {!results.enough ? (
        <Paragraph>
          {t('meetings.admin.evaluation.results.notEnough', {
            count: formatNumber(locale, results.count),
            min: formatNumber(locale, results.min),
          })}
        </Paragraph>
      ) : (
        <>
          <Section title={data.ratingQuestion}>
            <Paragraph>
              {t('meetings.admin.evaluation.results.summary', {
                count: formatNumber(locale, results.count),
                mean: mean.format(results.mean),
              })}
            </Paragraph>
            <DataTable<Rating>
              caption={data.ratingQuestion}
              rows={[...RATINGS]}
              rowKey={(r) => String(r)}
              columns={[
                {
                  id: 'answer',
                  header: t('meetings.admin.evaluation.results.answer'),
                  rowHeader: true,
                  cell: (r) => t(`meetings.evaluation.rating.${r}`),
                },
                {
                  id: 'count',
                  header: t('meetings.admin.evaluation.results.count'),
                  className: 'kp-num',
                  cell: (r) => formatNumber(locale, results.ratingCounts[r]),
                },
                {
                  id: 'share',
                  header: t('meetings.admin.evaluation.results.share'),
                  className: 'kp-num',
                  cell: (r) => percent.format(results.ratingCounts[r] / results.count),
                },
              ]}
            />
          </Section>
          {data.textQuestions.map((question, i) => (
            <Section key={i} title={question}>
              {results.texts[i] ? (
                <>
                  <Paragraph data-size="sm">{t('meetings.admin.evaluation.results.textsNote')}</Paragraph>
                  <ul>
                    {results.texts[i].map((text, j) => (
                      <li key={j}>{text}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <Paragraph>{t('meetings.admin.evaluation.results.tooFewTexts')}</Paragraph>
              )}
            </Section>
          ))}
        </>
      )}
    </Page>
  );
}
