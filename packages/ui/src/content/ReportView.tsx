import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { INTL_LOCALES, type PublishedReport } from '@knutepunkt/domain';
import { Markdown } from './Markdown.tsx';
import { ResultTable } from './ReportResults.tsx';
import { type ReportHeadingLevel, type ReportViewKey, useReportText } from './report-text.ts';

export interface ReportViewProps {
  report: PublishedReport;
  /** The level of the report's section headings (the page's h1 is above them): 2 on a page of its own. */
  headingLevel?: ReportHeadingLevel;
}

const OSLO = 'Europe/Oslo';
const day = (date: string, locale: keyof typeof INTL_LOCALES) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: OSLO }).format(
    new Date(`${date.length === 10 ? `${date}T12:00:00Z` : date}`),
  );

/**
 * A published Bruker Spør Bruker report (docs/adr/0025), exactly as frozen: the admin preview,
 * the service contacts' review and the public page all show it through this one component, so
 * what the lead previews is what the public reads. Counts are already suppressed: a null is
 * shown as «færre enn N». The report's own text keeps its language (`lang`), whatever the
 * interface's; the easy-read summary is a section of its own.
 */
export function ReportView({ report, headingLevel = 2 }: ReportViewProps) {
  const { text, locale } = useReportText();
  const sub = Math.min(headingLevel + 1, 6) as ReportHeadingLevel;
  const lang = report.language;
  const count = (value: number | null) =>
    value === null ? text('evaluations.fewerThan', { min: String(report.minGroupSize) }) : String(value);
  const section = (id: string, title: string, body: string) =>
    body.trim() ? (
      <section aria-labelledby={id} className="kp-report-section">
        <Heading level={headingLevel} data-size="sm" id={id}>
          {title}
        </Heading>
        <Markdown source={body} lang={lang} />
      </section>
    ) : null;
  const heard: Array<[ReportViewKey, number | null]> = [
    ['evaluations.report.view.groupInterviews', report.heard.groupInterviews],
    ['evaluations.report.view.individualInterviews', report.heard.individualInterviews],
    ['evaluations.report.view.participants', report.heard.participants],
    ['evaluations.report.view.responses', report.heard.questionnaireResponses],
  ];
  return (
    <div className="kp-report">
      {report.service ? (
        <Paragraph>
          {text('evaluations.report.view.by', { service: report.service, centre: report.centre ?? '–' })}
        </Paragraph>
      ) : null}
      <dl className="kp-report-facts">
        {report.commissioner ? (
          <div>
            <dt>{text('evaluations.report.view.commissioner')}</dt>
            <dd>{report.commissioner}</dd>
          </div>
        ) : null}
        {report.startsOn && report.endsOn ? (
          <div>
            <dt>{text('evaluations.report.view.period')}</dt>
            <dd>
              {day(report.startsOn, locale)} – {day(report.endsOn, locale)}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{text('evaluations.report.view.published')}</dt>
          <dd>{day(report.publishedAt, locale)}</dd>
        </div>
      </dl>

      {section('report-summary', text('evaluations.report.section.summary'), report.summary)}
      {section('report-background', text('evaluations.report.section.background'), report.background)}
      {section('report-method', text('evaluations.report.section.method'), report.method)}

      <section aria-labelledby="report-heard" className="kp-report-section">
        <Heading level={headingLevel} data-size="sm" id="report-heard">
          {text('evaluations.report.view.heard')}
        </Heading>
        <dl className="kp-report-facts">
          {heard.map(([key, value]) => (
            <div key={key}>
              <dt>{text(key)}</dt>
              <dd>{count(value)}</dd>
            </div>
          ))}
        </dl>
        <Paragraph data-size="sm">
          {text('evaluations.report.view.hiddenNote', { min: String(report.minGroupSize) })}
        </Paragraph>
      </section>

      <section aria-labelledby="report-findings" className="kp-report-section">
        <Heading level={headingLevel} data-size="sm" id="report-findings">
          {text('evaluations.report.section.findings')}
        </Heading>
        {report.themes.length === 0 ? <Paragraph>{text('evaluations.report.view.noFindings')}</Paragraph> : null}
        {report.themes.map((theme, i) => (
          <section key={i} aria-labelledby={`report-theme-${i}`}>
            <Heading level={sub} data-size="xs" id={`report-theme-${i}`} lang={lang}>
              {theme.title}
            </Heading>
            {theme.description.trim() ? <Markdown source={theme.description} lang={lang} /> : null}
            <ul className="kp-report-findings">
              {theme.findings.map((finding, j) => (
                <li key={j}>
                  <Markdown source={finding.text} lang={lang} />
                  {finding.quotes.map((quote, k) => (
                    <figure key={k} className="kp-report-quote">
                      <blockquote lang={lang}>
                        <p>{quote}</p>
                      </blockquote>
                    </figure>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="report-recommendations" className="kp-report-section">
        <Heading level={headingLevel} data-size="sm" id="report-recommendations">
          {text('evaluations.report.section.recommendations')}
        </Heading>
        <ol className="kp-report-recommendations">
          {report.recommendations.map((r) => (
            <li key={r.id} id={`recommendation-${r.id}`}>
              <Heading level={sub} data-size="xs" lang={lang}>
                {r.title}
              </Heading>
              {r.body.trim() ? <Markdown source={r.body} lang={lang} /> : null}
            </li>
          ))}
        </ol>
      </section>

      {report.results.length > 0 ? (
        <section aria-labelledby="report-results" className="kp-report-section">
          <Heading level={headingLevel} data-size="sm" id="report-results">
            {text('evaluations.report.section.results')}
          </Heading>
          {report.results.map((result, i) => (
            <ResultTable key={result.questionId} result={result} index={i} report={report} headingLevel={sub} />
          ))}
        </section>
      ) : null}

      {report.easyRead.trim() ? (
        <section aria-labelledby="report-easy-read" className="kp-report-section kp-report-easy-read" lang={lang}>
          {/* The heading is in the interface's language; the text below in the report's. */}
          <Heading level={headingLevel} data-size="sm" id="report-easy-read" lang={locale}>
            {text('evaluations.report.section.easyRead')}
          </Heading>
          <Markdown source={report.easyRead} lang={lang} />
        </section>
      ) : null}
    </div>
  );
}
