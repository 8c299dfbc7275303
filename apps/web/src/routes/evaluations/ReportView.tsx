import { Heading } from '@digdir/designsystemet-react';
import type { PublishedReport } from '@knutepunkt/domain';
import { Markdown } from '@knutepunkt/ui';

/**
 * TEMPORARY stand-in (public-followup branch): the report editor's branch brings the real
 * ReportView, which replaces this file at merge. Renders the summary and the recommendations
 * only, so the report pages compile and can be tested.
 */
export function ReportView({ report, headingLevel = 2 }: { report: PublishedReport; headingLevel?: 2 | 3 }) {
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <div className="kp-stack" lang={report.language}>
      <section aria-labelledby="report-summary" className="kp-stack">
        <Heading level={headingLevel} data-size="sm" id="report-summary">
          Sammendrag
        </Heading>
        <Markdown source={report.summary} lang={report.language} />
      </section>
      <section aria-labelledby="report-recommendations" className="kp-stack">
        <Heading level={headingLevel} data-size="sm" id="report-recommendations">
          Anbefalinger
        </Heading>
        {report.recommendations.map((r) => (
          <div key={r.id}>
            <Heading level={sub} data-size="xs">
              {r.title}
            </Heading>
            <Markdown source={r.body} lang={report.language} />
          </div>
        ))}
      </section>
    </div>
  );
}
