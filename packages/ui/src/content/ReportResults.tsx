import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { PublishedQuestionResult, PublishedReport } from '@knutepunkt/domain';
import { TableScroll } from '../table/TableScroll.tsx';
import { type ReportHeadingLevel, type ReportText, useReportText } from './report-text.ts';

interface ResultTableProps {
  result: PublishedQuestionResult;
  index: number;
  report: PublishedReport;
  headingLevel: ReportHeadingLevel;
}

/**
 * One question's results (docs/adr/0025): a table with a caption, header cells with scope, and
 * «færre enn N» where a count is hidden; beside it a bar chart of the row totals, an image
 * whose text alternative says the same numbers (the table holds them too, for those who
 * would rather read a table). Free-text answers are listed only when enough answered.
 */
export function ResultTable({ result, index, report, headingLevel }: ResultTableProps) {
  const { text } = useReportText();
  const min = String(report.minGroupSize);
  const show = (value: number | null) => (value === null ? text('evaluations.fewerThan', { min }) : String(value));
  const captionId = `result-${index}-caption`;
  const lang = report.language;

  if (result.kind === 'text') {
    return (
      <section aria-labelledby={captionId} className="kp-report-result">
        <Heading level={headingLevel} data-size="2xs" id={captionId} lang={lang}>
          {result.text}
        </Heading>
        {result.textHidden ? (
          <Paragraph>{text('evaluations.report.view.textHidden', { min })}</Paragraph>
        ) : (
          <ul className="kp-report-texts" lang={lang}>
            {result.texts.map((answer, i) => (
              <li key={i}>{answer}</li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const split = result.columns.length > 1 || (result.columns[0] ?? '') !== '';
  const columnLabels = split ? result.columns : [text('evaluations.report.view.count')];
  return (
    <section className="kp-report-result" aria-labelledby={captionId}>
      <TableScroll labelledBy={captionId}>
        <Table data-size="sm">
          <caption id={captionId} lang={lang}>
            {result.text}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{text('evaluations.report.view.option')}</Table.HeaderCell>
              {columnLabels.map((label, c) => (
                <Table.HeaderCell key={c} scope="col" lang={split ? lang : undefined}>
                  {label}
                </Table.HeaderCell>
              ))}
              {split ? <Table.HeaderCell scope="col">{text('evaluations.report.view.total')}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.rows.map((row, r) => (
              <Table.Row key={r}>
                <Table.HeaderCell scope="row" lang={lang}>
                  {row}
                </Table.HeaderCell>
                {result.table.cells[r]!.map((value, c) => (
                  <Table.Cell key={c}>{show(value)}</Table.Cell>
                ))}
                {split ? <Table.Cell>{show(result.table.rowTotals[r] ?? null)}</Table.Cell> : null}
              </Table.Row>
            ))}
            <Table.Row>
              <Table.HeaderCell scope="row">{text('evaluations.report.view.total')}</Table.HeaderCell>
              {result.table.columnTotals.map((value, c) => (
                <Table.Cell key={c}>{show(value)}</Table.Cell>
              ))}
              {split ? <Table.Cell>{show(result.table.total)}</Table.Cell> : null}
            </Table.Row>
          </Table.Body>
        </Table>
      </TableScroll>
      {result.answered !== null || result.table.total === null ? (
        <Paragraph data-size="sm">
          {text('evaluations.report.view.answered', { count: show(result.answered) })}
        </Paragraph>
      ) : null}
      <BarChart rows={result.rows} totals={result.table.rowTotals} text={text} show={show} />
    </section>
  );
}

const BAR_HEIGHT = 24;
const LABEL_WIDTH = 120;
const WIDTH = 480;

/**
 * The row totals as horizontal bars. An image for screen readers (role="img") named by a
 * sentence with every number; the drawing itself is hidden from them. A hidden count has no
 * bar, only its words, so the chart never shows more than the table.
 */
function BarChart({
  rows,
  totals,
  text,
  show,
}: {
  rows: string[];
  totals: (number | null)[];
  text: ReportText;
  show: (value: number | null) => string;
}) {
  const max = Math.max(1, ...totals.map((v) => v ?? 0));
  const summary = rows.map((row, r) => `${row}: ${show(totals[r] ?? null)}`).join('; ');
  const height = rows.length * (BAR_HEIGHT + 8);
  return (
    <svg
      role="img"
      aria-label={text('evaluations.report.view.chart', { summary })}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="kp-report-chart"
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((row, r) => {
        const value = totals[r] ?? null;
        const y = r * (BAR_HEIGHT + 8);
        const barWidth = value === null ? 0 : ((WIDTH - LABEL_WIDTH - 60) * value) / max;
        return (
          <g key={r} aria-hidden="true">
            <text x={0} y={y + BAR_HEIGHT * 0.7} fontSize="13" fill="currentColor">
              {row.length > 16 ? `${row.slice(0, 15)}…` : row}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={barWidth} height={BAR_HEIGHT} className="kp-report-bar" />
            <text x={LABEL_WIDTH + barWidth + 6} y={y + BAR_HEIGHT * 0.7} fontSize="13" fill="currentColor">
              {value === null ? text('evaluations.report.view.chartHidden') : String(value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
