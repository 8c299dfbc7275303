import { Prisma, type Db } from '@knutepunkt/db';
import type { PracticeSearchInput } from '@knutepunkt/domain';

/** Marks ts_headline puts around hits; never in user text, so splitting on them is safe. */
const HIT_START = '\u0002';
const HIT_END = '\u0003';
const HEADLINE = `StartSel=${HIT_START}, StopSel=${HIT_END}`;

/**
 * For a search with words, counting stops here and the total reads "more than" (totalCapped):
 * an exact count of a common word reads every match, as costly as the search itself. Without
 * words the count is exact (the overview's totals need it) and cheap: no text is matched.
 */
export const PRACTICE_COUNT_CAP = 1000;

/** Highlighted text as parts, so the client renders hits as <mark> without any HTML from the server. */
export type Highlighted = Array<{ text: string; hit: boolean }>;

export function splitHighlight(text: string): Highlighted {
  const parts: Highlighted = [];
  for (const chunk of text.split(HIT_START)) {
    const end = chunk.indexOf(HIT_END);
    if (end < 0) parts.push({ text: chunk, hit: false });
    else parts.push({ text: chunk.slice(0, end), hit: true }, { text: chunk.slice(end + 1), hit: false });
  }
  return parts.filter((p) => p.text !== '');
}

interface Row {
  example_id: string;
  slug: string;
  title: string;
  summary: string;
  language: string;
  chime: string[];
  levels: string[];
  themes: string[];
  target_groups: string[];
  featured: boolean;
  published_at: Date;
  organisation_name: string;
  organisation_slug: string;
  title_hl: string | null;
  snippet: string | null;
}

/**
 * The organisations an organisation type or county filter leaves, looked up first: given as a
 * list of ids, the planner estimates how many examples they hold. Through a join it could not
 * (type and county go together), guessed a handful, and read every match to sort them.
 */
async function organisationsFiltered(db: Db, input: PracticeSearchInput): Promise<string[] | null> {
  if (!input.organisationTypes.length && !input.counties.length) return null;
  const parts: Prisma.Sql[] = [];
  if (input.organisationTypes.length) parts.push(Prisma.sql`"type"::text = ANY(${input.organisationTypes}::text[])`);
  if (input.counties.length) parts.push(Prisma.sql`"county" = ANY(${input.counties}::text[])`);
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id" FROM "Organisation" WHERE ${Prisma.join(parts, ' AND ')}`;
  return rows.map((r) => r.id);
}

/** The filters, as SQL: any value within one filter, every filter together. */
function filters(input: PracticeSearchInput, organisationIds: string[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (input.chime.length) parts.push(Prisma.sql`s."chime" && ${input.chime}::text[]`);
  if (input.levels.length) parts.push(Prisma.sql`s."levels" && ${input.levels}::text[]`);
  if (input.themes.length) parts.push(Prisma.sql`s."themes" && ${input.themes}::text[]`);
  if (input.targetGroups.length) parts.push(Prisma.sql`s."target_groups" && ${input.targetGroups}::text[]`);
  if (organisationIds) parts.push(Prisma.sql`s."organisation_id" = ANY(${organisationIds}::text[])`);
  if (input.organisationId) parts.push(Prisma.sql`s."organisation_id" = ${input.organisationId}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/**
 * Full-text search in Norwegian over published examples: stemmed (the
 * 'norwegian' configuration), ranked with the title weighing most, hits
 * highlighted. Every statement does work in proportion to the page, or to
 * the matches in titles and summaries, never to ranking every match (see
 * docs/adr/0006, 2026-11-29):
 *
 * - by relevance, the matches fall in two tiers with one order between them:
 *   those whose title or summary match (`rank_document`, its own GIN index),
 *   ranked with ts_rank_cd, then those that match in the sections alone,
 *   which rank 0 and so come newest first (read along the published_at index
 *   until the page is full). Each tier gives at most offset + pageSize rows,
 *   and the page is cut from the two, so deep pages are exact;
 * - by date, or with no words, the published_at index gives the page;
 * - the total is counted without ranking, and for words only up to countCap;
 * - ts_headline, the costliest call, runs only on the page's rows.
 */
export async function searchPractice(
  db: Db,
  input: PracticeSearchInput,
  { countCap = PRACTICE_COUNT_CAP }: { countCap?: number } = {},
) {
  const hasQuery = input.q.trim() !== '';
  const query = hasQuery ? Prisma.sql`websearch_to_tsquery('norwegian', ${input.q})` : Prisma.sql`NULL::tsquery`;
  const match = hasQuery ? Prisma.sql`AND s."document" @@ q.query` : Prisma.empty;
  const filtered = filters(input, await organisationsFiltered(db, input));
  const from = Prisma.sql`FROM "practice_search" s, (SELECT ${query} AS query) q`;
  const where = Prisma.sql`WHERE true ${match} ${filtered}`;
  const offset = (input.page - 1) * input.pageSize;
  // The most rows either tier can add to the page: everything before it and the page itself.
  const upTo = offset + input.pageSize;

  const candidates =
    hasQuery && input.sort === 'relevance'
      ? Prisma.sql`
      (SELECT s."example_id", s."published_at", ts_rank_cd(s."rank_document", q.query) AS rank
       ${from} WHERE s."rank_document" @@ q.query ${match} ${filtered}
       ORDER BY rank DESC, s."published_at" DESC, s."example_id" LIMIT ${upTo})
      UNION ALL
      (SELECT s."example_id", s."published_at", 0::real AS rank
       ${from} ${where} AND NOT (s."rank_document" @@ q.query)
       ORDER BY s."published_at" DESC, s."example_id" LIMIT ${upTo})`
      : Prisma.sql`
      (SELECT s."example_id", s."published_at", 0::real AS rank
       ${from} ${where}
       ORDER BY s."published_at" DESC, s."example_id" LIMIT ${upTo})`;

  const [rows, counts] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH page AS (
        SELECT c.* FROM (${candidates}) c
        ORDER BY c.rank DESC, c."published_at" DESC, c."example_id"
        LIMIT ${input.pageSize} OFFSET ${offset}
      )
      SELECT p."example_id", e."slug", s."title", s."summary", s."language", s."chime", s."levels", s."themes",
             s."target_groups", s."featured", p."published_at", o."name" AS organisation_name, o."slug" AS organisation_slug,
             CASE WHEN q.query IS NULL THEN NULL ELSE ts_headline('norwegian', s."title", q.query, ${`HighlightAll=true, ${HEADLINE}`}) END AS title_hl,
             CASE WHEN q.query IS NULL THEN NULL ELSE ts_headline('norwegian', s."summary" || ' ' || s."body", q.query, ${`MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", ${HEADLINE}`}) END AS snippet
      FROM page p
      JOIN "practice_search" s ON s."example_id" = p."example_id"
      JOIN "PracticeExample" e ON e."id" = p."example_id"
      JOIN "Organisation" o ON o."id" = s."organisation_id",
      (SELECT ${query} AS query) q
      ORDER BY p.rank DESC, p."published_at" DESC, p."example_id"`,
    db.$queryRaw<Array<{ total: bigint | number }>>`SELECT count(*) AS total FROM (SELECT 1 ${from} ${where} ${
      hasQuery ? Prisma.sql`LIMIT ${countCap + 1}` : Prisma.empty
    }) matches`,
  ]);
  const counted = Number(counts[0]?.total ?? 0);
  return {
    total: hasQuery ? Math.min(counted, countCap) : counted,
    /** More examples match than `total`: the count stopped at the cap. */
    totalCapped: hasQuery && counted > countCap,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({
      id: r.example_id,
      slug: r.slug,
      title: r.title,
      titleHighlighted: r.title_hl ? splitHighlight(r.title_hl) : null,
      summary: r.summary,
      snippet: r.snippet ? splitHighlight(r.snippet) : null,
      language: r.language,
      chime: r.chime,
      levels: r.levels,
      themes: r.themes,
      targetGroups: r.target_groups,
      featured: r.featured,
      publishedAt: r.published_at,
      organisation: { name: r.organisation_name, slug: r.organisation_slug },
    })),
  };
}

/** The CHIME × level overview: how many published examples sit in each cell. */
export async function practiceGrid(db: Db) {
  const rows = await db.$queryRaw<Array<{ chime: string; level: string; count: bigint | number }>>`
    SELECT c AS chime, l AS level, count(*) AS count
    FROM "practice_search" s, unnest(s."chime") AS c, unnest(s."levels") AS l
    GROUP BY c, l`;
  const [{ total } = { total: 0 }] = await db.$queryRaw<
    Array<{ total: bigint | number }>
  >`SELECT count(*) AS total FROM "practice_search"`;
  return { total: Number(total), cells: rows.map((r) => ({ chime: r.chime, level: r.level, count: Number(r.count) })) };
}
