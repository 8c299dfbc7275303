import { Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { CHIME_CATEGORIES, LEVELS, practicePaths, type ChimeCategory, type Level } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { PracticePage } from './PracticePage.tsx';
import { EMPTY_FILTERS, practiceSearchHref, searchInput } from './search-params.ts';
import './practice.css';

type Grid = Outputs['practice']['grid'];

/** A count in the table: a link to the examples it counts, or a plain, marked 0. */
function CountCell({
  count,
  href,
  what,
  total = false,
}: {
  count: number | undefined;
  href: string;
  what: string;
  total?: boolean;
}) {
  const { t } = useI18n();
  const className = [count === 0 ? 'kp-grid__empty' : '', total ? 'kp-grid__total' : ''].join(' ').trim() || undefined;
  if (count === undefined) return <td className={className}>…</td>;
  if (count === 0) return <td className={className}>0</td>;
  return (
    <td className={className}>
      <DsLink asChild>
        {/* "Håp, tjeneste: 3 eksempler": the visible number, with what it counts (WCAG 2.4.4, 2.5.3). */}
        <Link
          to={href}
          aria-label={t(count === 1 ? 'practice.web.grid.linkNameOne' : 'practice.web.grid.linkName', { what, count })}
        >
          {count}
        </Link>
      </DsLink>
    </td>
  );
}

/**
 * Totals per category and per level, asked from the search: an example can sit in several cells,
 * so adding up the cells would count it more than once. One batched request for all nine.
 */
function useTotals() {
  const trpc = useTRPC();
  const ask = (filters: Partial<typeof EMPTY_FILTERS>) =>
    trpc.practice.search.queryOptions({ ...searchInput({ ...EMPTY_FILTERS, ...filters }, undefined), pageSize: 1 });
  const byChime = useQueries({ queries: CHIME_CATEGORIES.map((chime) => ask({ chime: [chime] })) });
  const byLevel = useQueries({ queries: LEVELS.map((level) => ask({ levels: [level] })) });
  return {
    chime: (c: ChimeCategory) => byChime[CHIME_CATEGORIES.indexOf(c)]?.data?.total,
    level: (l: Level) => byLevel[LEVELS.indexOf(l)]?.data?.total,
  };
}

function GridTable({ grid }: { grid: Grid }) {
  const { t } = useI18n();
  const totals = useTotals();
  const countOf = (chime: ChimeCategory, level: Level) =>
    grid.cells.find((cell) => cell.chime === chime && cell.level === level)?.count ?? 0;
  const levelName = (level: Level) => t(`practice.level.${level}`).toLocaleLowerCase();

  return (
    // Scrolls sideways on a narrow screen rather than squeezing the numbers; focusable for the keyboard.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
    <div className="kp-table-scroll" role="region" aria-labelledby="grid-caption" tabIndex={0}>
      <Table className="kp-grid" data-size="md" border>
        <caption id="grid-caption">{t('practice.web.grid.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('practice.web.grid.chimeHeader')}</Table.HeaderCell>
            {LEVELS.map((level) => (
              <Table.HeaderCell key={level} scope="col">
                {t(`practice.level.${level}`)}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t('practice.web.grid.allLevels')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {CHIME_CATEGORIES.map((chime) => {
            const chimeName = t(`practice.chime.${chime}`);
            return (
              <Table.Row key={chime}>
                <Table.HeaderCell scope="row">{chimeName}</Table.HeaderCell>
                {LEVELS.map((level) => (
                  <CountCell
                    key={level}
                    count={countOf(chime, level)}
                    href={practiceSearchHref({ chime: [chime], levels: [level] })}
                    what={`${chimeName}, ${levelName(level)}`}
                  />
                ))}
                <CountCell
                  total
                  count={totals.chime(chime)}
                  href={practiceSearchHref({ chime: [chime] })}
                  what={`${chimeName}, ${t('practice.web.grid.anyLevel')}`}
                />
              </Table.Row>
            );
          })}
        </Table.Body>
        <tfoot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('practice.web.grid.allCategories')}</Table.HeaderCell>
            {LEVELS.map((level) => (
              <CountCell
                key={level}
                total
                count={totals.level(level)}
                href={practiceSearchHref({ levels: [level] })}
                what={`${t(`practice.level.${level}`)}, ${t('practice.web.grid.anyCategory')}`}
              />
            ))}
            <CountCell
              total
              count={grid.total}
              href={practicePaths.web.search}
              what={t('practice.web.grid.allExamples')}
            />
          </Table.Row>
        </tfoot>
      </Table>
    </div>
  );
}

/** The CHIME × level overview: where the bank has examples, and where it has none yet. */
export function GridPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const grid = useQuery(trpc.practice.grid.queryOptions());
  return (
    <QueryView query={grid}>
      {(data) => (
        <PracticePage
          title={t('practice.web.grid.title')}
          meta={{ description: t('practice.web.grid.intro') }}
          before={<BackLink to={practicePaths.web.search}>{t('practice.web.example.back')}</BackLink>}
        >
          <Paragraph>{t('practice.web.grid.intro')}</Paragraph>
          <GridTable grid={data} />
          <Paragraph data-size="sm">{t('practice.web.grid.overlap')}</Paragraph>
          <Paragraph>
            <DsLink asChild>
              <Link to={practicePaths.web.search}>{t('practice.web.grid.toSearch')}</Link>
            </DsLink>
          </Paragraph>
        </PracticePage>
      )}
    </QueryView>
  );
}
