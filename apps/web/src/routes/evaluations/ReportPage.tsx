import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { evaluationPaths, isSlug, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { evaluationReportJsonLd } from '../../ssr/structured-data.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { formatDay } from '../practice/format.ts';
import { RecommendationFollowUp } from './FollowUpHistory.tsx';
import { ReportView } from './ReportView.tsx';
import './evaluations-public.css';

type Answer = Outputs['evaluations']['report'];

/** The facts at the top: when published, the service, who commissioned and carried it out, the period. */
export function reportFacts(
  report: Answer['report'],
  t: ReturnType<typeof useI18n>['t'],
  locale: ReturnType<typeof useI18n>['locale'],
) {
  const facts: Fact[] = [[t('evaluations.web.report.published'), formatDay(report.publishedAt, locale)]];
  if (report.service) facts.push([t('evaluations.web.report.service'), report.service]);
  if (report.commissioner) facts.push([t('evaluations.web.report.commissioner'), report.commissioner]);
  if (report.centre) facts.push([t('evaluations.web.report.centre'), report.centre]);
  if (report.startsOn && report.endsOn)
    facts.push([
      t('evaluations.web.report.period'),
      `${formatDay(report.startsOn, locale)} – ${formatDay(report.endsOn, locale)}`,
    ]);
  return facts;
}

function ReportBody({ slug, data }: { slug: string; data: Answer }) {
  const { t, locale } = useI18n();
  const { report } = data;
  const description = t('evaluations.web.report.description', {
    service: report.service ?? report.title,
    date: formatDay(report.publishedAt, locale),
  });
  return (
    <Page
      title={report.title}
      meta={{
        description,
        type: 'article',
        contentLang: report.language,
        jsonLd: evaluationReportJsonLd(report, slug),
      }}
      before={<BackLink to={evaluationPaths.web.list}>{t('evaluations.web.report.back')}</BackLink>}
    >
      <FactList facts={reportFacts(report, t, locale)} />
      <ul className="kp-plain-list">
        {report.easyRead.trim() ? (
          <li>
            <DsLink href="#report-easy-read">{t('evaluations.web.report.easyReadLink')}</DsLink>
          </li>
        ) : null}
        <li>
          <DsLink asChild>
            <Link to={pathTo(evaluationPaths.web.print, { slug })}>{t('evaluations.web.report.printLink')}</Link>
          </DsLink>
        </li>
      </ul>
      <ReportView report={report} headingLevel={2} />
      <FollowUpSection data={data} />
    </Page>
  );
}

/** «Oppfølging av anbefalingene»: each recommendation's response, current status and history. */
function FollowUpSection({ data }: { data: Answer }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="oppfolging" className="kp-stack">
      <Heading level={2} data-size="sm" id="oppfolging">
        {t('evaluations.web.followUp.heading')}
      </Heading>
      <Paragraph>
        {data.followUpClosed ? t('evaluations.web.followUp.closed') : t('evaluations.web.followUp.intro')}
      </Paragraph>
      {data.recommendations.map((r) => (
        <RecommendationFollowUp key={r.id} recommendation={r} headingLevel={3} contentLang={data.report.language} />
      ))}
    </section>
  );
}

/** /evalueringer/:slug: a published report, rendered on the server for everyone (docs/adr/0012, 0025). */
export function ReportPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.evaluations.report.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(data) => <ReportBody slug={slug} data={data} />}</QueryView>;
}
