import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { evaluationPaths, isSlug, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatDay } from '../practice/format.ts';
import { useStatusLabel } from './FollowUpHistory.tsx';
import { reportFacts } from './ReportPage.tsx';
import { ReportView } from './ReportView.tsx';
import './evaluations-public.css';

type Answer = Outputs['evaluations']['report'];

/**
 * The follow-up as one table: recommendation, response, responsible, current status. Fixed
 * columns that wrap (evaluations-public.css), so a long text never makes the page scroll
 * sideways at 320 px; each row's first cell is its header.
 */
function FollowUpTable({ data }: { data: Answer }) {
  const { t, locale } = useI18n();
  const label = useStatusLabel();
  const lang = data.report.language;
  return (
    <table className="kp-eval-print-table">
      <thead>
        <tr>
          <th scope="col">{t('evaluations.web.followUp.recommendation')}</th>
          <th scope="col">{t('evaluations.web.followUp.response')}</th>
          <th scope="col">{t('evaluations.web.followUp.current')}</th>
        </tr>
      </thead>
      <tbody>
        {data.recommendations.map((r) => {
          const current = r.statuses[0];
          return (
            <tr key={r.id}>
              <th scope="row" lang={lang}>
                {r.position + 1}. {r.title}
              </th>
              <td>
                {r.response ? t(`evaluations.followUp.response.${r.response}`) : t('evaluations.followUp.noResponse')}
                {r.plannedAction ? <span lang={lang}>. {r.plannedAction}</span> : null}
                {r.responsible ? (
                  <span>
                    {' '}
                    ({t('evaluations.web.followUp.responsible')}: <span lang={lang}>{r.responsible}</span>)
                  </span>
                ) : null}
              </td>
              <td>
                {current ? `${label(current)}, ${formatDay(current.at, locale)}` : t('evaluations.followUp.noStatus')}
                {current?.comment ? <span lang={lang}>. {current.comment}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PrintBody({ slug, data }: { slug: string; data: Answer }) {
  const { t, locale } = useI18n();
  const { report } = data;
  const newest = data.recommendations
    .flatMap((r) => r.statuses.map((s) => s.at))
    .sort()
    .at(-1);
  return (
    <div className="kp-eval-print">
      <Page
        title={report.title}
        documentTitle={t('evaluations.web.print.title', { title: report.title })}
        meta={{ noindex: true, contentLang: report.language }}
      >
        <div className="kp-actions kp-eval-no-print">
          {/* A button that only works with a script; without one the browser's own print does. */}
          <Button type="button" onClick={() => window.print()}>
            {t('evaluations.web.print.button')}
          </Button>
          <DsLink asChild>
            <Link to={pathTo(evaluationPaths.web.report, { slug })}>{t('evaluations.web.print.back')}</Link>
          </DsLink>
        </div>
        <FactList facts={reportFacts(report, t, locale)} />
        <ReportView report={report} headingLevel={2} />
        <section aria-labelledby="print-follow-up" className="kp-stack">
          <Heading level={2} data-size="sm" id="print-follow-up">
            {t('evaluations.web.followUp.heading')}
          </Heading>
          {newest ? (
            <Paragraph>{t('evaluations.web.print.statusAt', { date: formatDay(newest, locale) })}</Paragraph>
          ) : null}
          {data.followUpClosed ? <Paragraph>{t('evaluations.web.followUp.closed')}</Paragraph> : null}
          <FollowUpTable data={data} />
        </section>
      </Page>
    </div>
  );
}

/** /evalueringer/:slug/utskrift: the whole report to print or save as PDF, without the site's frame. */
export function ReportPrintPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.evaluations.report.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(data) => <PrintBody slug={slug} data={data} />}</QueryView>;
}
