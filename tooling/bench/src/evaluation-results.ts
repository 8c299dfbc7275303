// The report's aggregate tables (issue 11): one evaluation's questionnaire with 5 000 responses
// (single, multiple, scale and text questions, split by a breakdown question), and the time to
// compute its published results (counts grouped in the database, suppression with the minimum,
// the free text opened) one after another, on PGlite and on PostgreSQL. Figures only.
import { performance } from 'node:perf_hooks';
import { type SeedAnswer, questionnaireResults, randomKeyring, seedQuestionnaireWithAnswers } from '@knutepunkt/api';
import type { Db, DbHandle } from '@knutepunkt/db';
import { createPostgresTestDb, createTestDb } from '@knutepunkt/db/testing';

const RESPONSES = Number(process.env.BENCH_EVALUATION_RESPONSES ?? 5000);
const MINIMUM = 5;

const GROUPS = ['Nord', 'Sør', 'Øst', 'Vest', 'Sentrum', 'Nattilbudet'];
const QUESTIONS = [
  { kind: 'single' as const, text: 'Hvilken enhet?', options: GROUPS },
  { kind: 'single' as const, text: 'Er du fornøyd?', options: ['Ja', 'Delvis', 'Nei', 'Vet ikke'] },
  {
    kind: 'multiple' as const,
    text: 'Hva hjalp?',
    options: ['Samtaler', 'Aktiviteter', 'Mat', 'Følge til lege', 'Hjelp med NAV', 'Noe annet'],
  },
  { kind: 'scale' as const, text: 'Hvor trygg følte du deg?', options: ['Utrygg', 'Trygg'] },
  { kind: 'scale' as const, text: 'Ble du tatt på alvor?', options: ['Nei', 'Ja'] },
  { kind: 'text' as const, text: 'Noe mer du vil si?' },
];

/** Deterministic answers (mulberry32), skewed so some groups are small and tables need suppression. */
function answers(count: number): SeedAnswer[][] {
  let a = 11;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (n: number) => Math.floor(next() ** 1.5 * n);
  return Array.from({ length: count }, () => [
    next() < 0.002 ? 5 : pick(5), // the night service: a handful
    pick(4),
    [0, 1, 2, 3, 4, 5].filter(() => next() < 0.35),
    1 + pick(5),
    next() < 0.9 ? 1 + pick(5) : null,
    next() < 0.2 ? 'Det hjalp å bli møtt av noen som har vært der selv.' : null,
  ]);
}

const nearestRank = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

interface Row {
  database: string;
  runs: number;
  p50: number;
  p95: number;
  hidden: number;
}

async function run(database: string, db: Db, seconds: number): Promise<Row> {
  const keyring = randomKeyring();
  const { questionnaireId } = await seedQuestionnaireWithAnswers(db, keyring, {
    questions: QUESTIONS,
    breakdown: 0,
    responses: answers(RESPONSES),
  });
  const once = () => questionnaireResults(db, keyring, questionnaireId, MINIMUM);
  for (let i = 0; i < 3; i++) await once(); // warm-up
  const times: number[] = [];
  let last = await once();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || times.length < 10) {
    const started = performance.now();
    last = await once();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  const hidden = last.reduce((n, r) => n + r.table.cells.flat().filter((v) => v === null).length, 0);
  return { database, runs: times.length, p50: nearestRank(times, 50), p95: nearestRank(times, 95), hidden };
}

export async function benchEvaluationResults(out: (line?: string) => void, seconds: number): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const pglite: DbHandle = await createTestDb();
  try {
    out(`  PGlite: a questionnaire's results from ${RESPONSES} responses, ${seconds} s …`);
    rows.push(await run('PGlite', pglite.db, seconds));
  } finally {
    await pglite.close();
  }
  const pg = await createPostgresTestDb();
  if (!pg) notes.push('PostgreSQL: skipped (no server)');
  else {
    try {
      out(`  PostgreSQL: a questionnaire's results from ${RESPONSES} responses, ${seconds} s …`);
      rows.push(await run('PostgreSQL', pg.db, seconds));
    } finally {
      await pg.close();
    }
  }
  out();
  out(
    `Evaluation report tables: ${QUESTIONS.length} questions by a breakdown of ${GROUPS.length} groups, ${RESPONSES} responses, minimum ${MINIMUM}, one call after another:`,
  );
  out('database   | runs |    p50 |    p95 | hidden cells');
  out('-----------|------|--------|--------|-------------');
  for (const r of rows)
    out(
      [
        r.database.padEnd(10),
        String(r.runs).padStart(4),
        r.p50.toFixed(1).padStart(6),
        r.p95.toFixed(1).padStart(6),
        String(r.hidden).padStart(12),
      ].join(' | '),
    );
  out('(p50 and p95 in ms per call to questionnaireResults: the grouped query, suppression, opening the free text.)');
  for (const n of notes) out(n);
}
