// The practice bank's search (`practice.search`) on generated examples:
// latency of the procedure over HTTP next to the same searchPractice call
// in-process, on PGlite and on PostgreSQL. Sequential requests, so the
// percentiles are the latency of one search, not of a queue; then the common
// word with 50 connections at once, where PGlite's one-query-at-a-time shows
// as a tail. Figures only. `BENCH_ONLY=practice pnpm bench` runs just this.
import { performance } from 'node:perf_hooks';
import { searchPractice } from '@knutepunkt/api';
import { type Db, type DbHandle, Prisma } from '@knutepunkt/db';
import { type PracticeSearchInput, practiceSearchInput } from '@knutepunkt/domain';
import { CONNECTIONS, type Measurement, measure } from './measure.ts';
import { type PracticeData, addPracticeExamples } from './practice-data.ts';

export const PRACTICE_EXAMPLES = positiveInteger('BENCH_PRACTICE_N', 10_000);
/** Each query this many times per mode (10 queries: 500 timings per mode); 50, so a p95 per query is not its second-worst run. */
const ROUNDS = 50;
const WARM_UP_ROUNDS = 3;
/** The goal from the issue: p95 of the search over HTTP on PostgreSQL, on the 2-core machine. */
const GOAL_P95_MS = 30;

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

/** What people type and click: words common and rare, filters alone and with words, date order, a deep page, no hits. */
const QUERIES: Array<{ name: string; input: Record<string, unknown> }> = [
  { name: 'common word', input: { q: 'bedringsprosessen' } },
  { name: 'rare word', input: { q: 'birøkt' } },
  { name: 'two words', input: { q: 'erfaringskonsulent bolig' } },
  { name: 'no words, CHIME + level', input: { chime: ['HOPE'], levels: ['INDIVIDUAL'] } },
  { name: 'word + theme + group', input: { q: 'mestring', themes: ['WORK'], targetGroups: ['YOUNG_ADULTS'] } },
  {
    name: 'word + county + org type',
    input: { q: 'pårørende', counties: ['50'], organisationTypes: ['MUNICIPALITY'] },
  },
  { name: 'word, newest first', input: { q: 'fellesskap', sort: 'date' } },
  { name: 'phrase, page 5', input: { q: 'psykisk helse', page: 5 } },
  { name: 'no words (front page)', input: {} },
  { name: 'word with no hits', input: { q: 'kvantedatamaskin' } },
];
/** The queries whose plans are shown: the common word (the most rows to rank) and the rare one. */
const EXPLAINED = [QUERIES[0]!, QUERIES[1]!];
/** The query also measured under load (CONNECTIONS at once, autocannon): the common word, the most work per search. */
const UNDER_LOAD = QUERIES[0]!;

type Mode = 'HTTP' | 'direct';

export interface PracticeResult {
  database: string;
  data: PracticeData;
  /** Hits per query, in QUERIES order, as the page says them: "1000+" when the count stopped at its cap. */
  hits: string[];
  /** Milliseconds per mode, per query. */
  timings: Record<Mode, number[][]>;
  /** Short EXPLAIN ANALYZE excerpts per EXPLAINED query (PostgreSQL only). */
  plans: string[][];
  /** UNDER_LOAD over HTTP with CONNECTIONS connections at once. */
  underLoad: Measurement;
}

const out = (line = '') => process.stdout.write(`${line}\n`);

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const sortedCopy = (values: number[]) => [...values].sort((a, b) => a - b);

/**
 * Generate the examples into `handle`'s database (the server at `baseUrl`
 * serves the same one), then time every query over HTTP and directly.
 */
export async function benchPracticeSearch(
  database: string,
  handle: DbHandle,
  baseUrl: string,
  loadSeconds: number,
): Promise<PracticeResult> {
  out(`  ${database}: generating ${PRACTICE_EXAMPLES} practice examples …`);
  const data = await addPracticeExamples(handle.db, PRACTICE_EXAMPLES);
  out(
    `  ${database}: … in ${seconds(data.totalMs)} (rows ${seconds(data.rowsMs)}, publish + practice_search ${seconds(data.indexMs)}, ANALYZE ${seconds(data.analyzeMs)})`,
  );

  const queries = QUERIES.map((q) => {
    const input = practiceSearchInput.parse(q.input);
    return {
      ...q,
      parsed: input,
      url: `${baseUrl}/trpc/practice.search?input=${encodeURIComponent(JSON.stringify(q.input))}`,
    };
  });

  // Both ways must give the same answer, or we would be timing an error page.
  const hits: string[] = [];
  for (const q of queries) {
    const direct = await searchPractice(handle.db, q.parsed);
    const res = await fetch(q.url);
    const body = await res.text();
    if (!res.ok) throw new Error(`${q.url} answered ${res.status}: ${body.slice(0, 200)}`);
    const overHttp = (JSON.parse(body) as { result: { data: { total: number } } }).result.data.total;
    if (overHttp !== direct.total) throw new Error(`"${q.name}": ${overHttp} hits over HTTP, ${direct.total} directly`);
    hits.push(`${direct.total}${direct.totalCapped ? '+' : ''}`);
  }

  out(`  ${database}: practice.search, ${queries.length} queries × ${ROUNDS}, over HTTP and directly …`);
  let uncached = 0;
  const run: Record<Mode, (q: (typeof queries)[number]) => Promise<unknown>> = {
    HTTP: async (q) => {
      // A query string of its own per request: the public response cache must not answer, the search is timed.
      const res = await fetch(`${q.url}&uncached=${++uncached}`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${q.url} answered ${res.status}`);
    },
    direct: (q) => searchPractice(handle.db, q.parsed),
  };
  const timings: Record<Mode, number[][]> = { HTTP: queries.map(() => []), direct: queries.map(() => []) };
  for (const mode of ['HTTP', 'direct'] as const) {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const q of queries) await run[mode](q);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, q] of queries.entries()) {
        const started = performance.now();
        await run[mode](q);
        timings[mode][i]!.push(performance.now() - started);
      }
    }
  }

  // Under load the tail is the story: PGlite answers one query at a time, so one slow search holds up every other.
  out(`  ${database}: practice.search "${UNDER_LOAD.name}", ${CONNECTIONS} connections, ${loadSeconds} s …`);
  // A new id in every request's address, so the public response cache never answers: the search is measured.
  const underLoad = await measure(
    UNDER_LOAD.name,
    `${queries[QUERIES.indexOf(UNDER_LOAD)]!.url}&uncached=[<id>]`,
    loadSeconds,
    { uniqueIds: true },
  );

  const plans: string[][] = [];
  if (handle.config.kind === 'postgres')
    for (const q of EXPLAINED) plans.push(await explain(handle.db, practiceSearchInput.parse(q.input)));
  return { database, data, hits, timings, plans, underLoad };
}

/**
 * EXPLAIN ANALYZE the very SQL searchPractice sends: it is run once against a
 * stand-in that only records its two queries, which are then explained on the
 * real database. Only the lines that tell the story are kept.
 */
async function explain(db: Db, input: PracticeSearchInput): Promise<string[]> {
  const sent: Prisma.Sql[] = [];
  const recorder = {
    $queryRaw: (strings: TemplateStringsArray, ...values: Prisma.Sql[]) => {
      sent.push(Prisma.sql(strings, ...values));
      return Promise.resolve([]);
    },
  } as unknown as Db;
  await searchPractice(recorder, input);
  const lines: string[] = [];
  for (const [i, sql] of sent.entries()) {
    const rows = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
      ...sql.values,
    );
    const plan = rows.map((r) => r['QUERY PLAN']);
    lines.push(`${i === 0 ? 'page query' : 'count query'}: ${plan[0]!.trim()}`);
    for (const line of plan.slice(1)) {
      if (/practice_search_\w+_idx|Seq Scan on practice_search|Execution Time/.test(line))
        lines.push(`  ${line.trim()}`);
    }
  }
  return lines;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (value: number) => value.toFixed(1);

function table(header: string[], cells: string[][], leftColumns: number): void {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c.map((v, i) => (i < leftColumns ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ');
  out(line(header));
  out(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) out(line(c));
}

/** The summary after the organisation-list table: percentiles per database and mode, per query, the goal, the plan. */
export function printPracticeReport(results: PracticeResult[]): void {
  if (results.length === 0) return;
  out();
  out(
    `Practice search (GET /trpc/practice.search): ${PRACTICE_EXAMPLES} generated published examples (BENCH_PRACTICE_N),`,
  );
  out(
    `${QUERIES.length} queries × ${ROUNDS} rounds per mode, one request at a time, after ${WARM_UP_ROUNDS} warm-up rounds.`,
  );
  out('HTTP: fetch over 127.0.0.1, response read whole; direct: searchPractice(db, input) in-process, the same SQL.');
  for (const r of results) {
    out(
      `Data on ${r.database}: ${seconds(r.data.totalMs)} for ${r.data.examples} examples over ${r.data.organisations} organisations (rows ${seconds(r.data.rowsMs)}, publish + practice_search ${seconds(r.data.indexMs)}, ANALYZE ${seconds(r.data.analyzeMs)}).`,
    );
  }
  out();
  const summary: string[][] = [];
  for (const r of results) {
    for (const mode of ['HTTP', 'direct'] as const) {
      const all = sortedCopy(r.timings[mode].flat());
      summary.push([
        r.database,
        mode,
        ms(percentile(all, 50)),
        ms(percentile(all, 95)),
        ms(percentile(all, 99)),
        String(all.length),
      ]);
    }
  }
  table(['database', 'mode', 'p50 ms', 'p95 ms', 'p99 ms', 'n'], summary, 2);

  out();
  out(`Per query, p50 / p95 ms (of its ${ROUNDS} timings per mode):`);
  const perQuery = QUERIES.map((q, i) => [
    q.name,
    results[0]!.hits[i]!,
    ...results.flatMap((r) =>
      (['HTTP', 'direct'] as const).map((mode) => {
        const sorted = sortedCopy(r.timings[mode][i]!);
        return `${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))}`;
      }),
    ),
  ]);
  table(['query', 'hits', ...results.flatMap((r) => [`${r.database} HTTP`, `${r.database} direct`])], perQuery, 1);

  out();
  out(`Under load: "${UNDER_LOAD.name}" over HTTP, ${CONNECTIONS} connections at once (autocannon, after a warm-up):`);
  table(
    ['database', 'req/s (avg)', 'p50 ms', 'p99 ms', 'server p50 ms', 'server p99 ms', 'errors/non-2xx'],
    results.map((r) => [
      r.database,
      r.underLoad.requestsPerSecond.toFixed(0),
      ms(r.underLoad.p50),
      ms(r.underLoad.p99),
      ms(r.underLoad.server.p50),
      ms(r.underLoad.server.p99),
      `${r.underLoad.errors}/${r.underLoad.non2xx}`,
    ]),
    1,
  );

  out(
    '  (p50/p99: as the client sees it; server: from the request read to the answer sent, its turn for the database included. Far apart, requests waited unread in their sockets: docs/adr/0006.)',
  );
  out();
  const postgres = results.find((r) => r.database === 'PostgreSQL');
  if (!postgres) {
    out(`Goal (p95 under ${GOAL_P95_MS} ms on PostgreSQL over HTTP): not measured, no PostgreSQL server.`);
    return;
  }
  const p95 = percentile(sortedCopy(postgres.timings.HTTP.flat()), 95);
  // The goal holds for every kind of query, not only for the mix.
  const worst = QUERIES.map((q, i) => ({
    name: q.name,
    p95: percentile(sortedCopy(postgres.timings.HTTP[i]!), 95),
  })).reduce((a, b) => (b.p95 > a.p95 ? b : a));
  out(
    `Goal: PostgreSQL p95 over HTTP is ${ms(p95)} ms, ${p95 < GOAL_P95_MS ? 'under' : 'NOT under'} the ${GOAL_P95_MS} ms goal; the slowest query kind ("${worst.name}") ${ms(worst.p95)} ms, ${worst.p95 < GOAL_P95_MS ? 'under' : 'NOT under'} it.`,
  );
  for (const [i, q] of EXPLAINED.entries()) {
    out(`EXPLAIN ANALYZE on PostgreSQL, ${q.name} (${JSON.stringify(q.input)}):`);
    for (const line of postgres.plans[i] ?? []) out(`  ${line}`);
  }
}
