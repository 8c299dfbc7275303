import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { seedDemo } from '@knutepunkt/db/seed';
import { createTestDb } from '@knutepunkt/db/testing';
import type { PublishedReport } from '@knutepunkt/domain';
import { TEST_RAW_DATA_KEYRING as keyring } from '../../testing/raw-data-keyring.ts';
import { TEST_URLS } from '../../testing/world-per-database.ts';
import { openRaw, sealRaw } from './cipher.ts';
import { sendFollowUpRequests } from './follow-up-requests.ts';
import { questionnaireResults } from './results.ts';
import { runEvaluationRetention } from './retention-job.ts';
import { seedEvaluationReportPublisher } from './seed-publisher.ts';

/**
 * The demo's evaluations as the server seeds them (packages/db/src/seed/evaluations.ts): raw
 * text sealed with the API's own cipher, the report frozen by the API's own function, and a
 * demo that the scheduled jobs leave as it is on the first start (nothing due, nothing to
 * delete). A second demo, seeded without the publishing function, freezes the report from the
 * seed's own data (a server without a key does): it must come out the same.
 */
let handle: DbHandle;
let withoutPublisher: DbHandle;
const options = { hashPassword: async () => 'not-a-hash', sealRawText: (text: string) => sealRaw(keyring, text) };
beforeAll(async () => {
  [handle, withoutPublisher] = await Promise.all([createTestDb(), createTestDb()]);
  await seedDemo(handle.db, { ...options, publishEvaluationReport: seedEvaluationReportPublisher(keyring) });
  await seedDemo(withoutPublisher.db, options);
}, 240_000);
afterAll(async () => {
  await handle?.close();
  await withoutPublisher?.close();
});

const completed = (db = handle.db) =>
  db.evaluation.findUniqueOrThrow({
    where: { slug: 'brukerevaluering-av-moteplassen' },
    include: { report: true },
  });

test('every sealed note, free-text answer and quote opens with the server’s key', async () => {
  const notes = await handle.db.evaluationNote.findMany({ select: { body: true } });
  const answers = await handle.db.evaluationAnswer.findMany({ where: { text: { not: null } }, select: { text: true } });
  const quotes = await handle.db.evaluationQuote.findMany({ select: { text: true } });
  expect(notes.length).toBeGreaterThan(20);
  for (const value of [...notes.map((n) => n.body), ...answers.map((a) => a.text!), ...quotes.map((q) => q.text)]) {
    expect(value.startsWith('v1.')).toBe(true);
    expect(openRaw(keyring, value)).not.toBe('');
  }
});

test('the frozen report’s tables are exactly what the API’s results give for the stored answers', async () => {
  const e = await completed();
  const report = e.publishedReport as unknown as PublishedReport;
  const live = await questionnaireResults(handle.db, keyring, e.report!.questionnaireId!, e.minGroupSize);
  expect(report.results).toEqual(live);
  expect(live.some((r) => r.table.columnTotals.includes(null))).toBe(true);
});

test('the first start’s jobs change nothing: the 6-month round was asked for, raw data is kept', async () => {
  const before = await completed();
  expect((await sendFollowUpRequests(handle.db, TEST_URLS)).requested).toEqual([]);
  await runEvaluationRetention(handle.db, TEST_URLS);
  const after = await completed();
  expect(after.rawDataDeletedAt).toBeNull();
  expect(after.retentionReminderSentAt).toBeNull();
  expect(await handle.db.evaluationNote.count()).toBeGreaterThan(20);
  expect(after.publishedReport).toEqual(before.publishedReport);
  expect(await handle.db.outboxMessage.count({ where: { kind: { startsWith: 'evaluation' } } })).toBe(0);
});

test('the report is frozen by the API, its quote and text reads recorded as the lead’s at publication', async () => {
  const e = await completed();
  const report = e.publishedReport as unknown as PublishedReport;
  expect(report.heard).toEqual({
    groupInterviews: 5,
    individualInterviews: null,
    participants: 24,
    questionnaireResponses: 30,
  });
  expect(report.themes.flatMap((t) => t.findings.flatMap((f) => f.quotes))).toHaveLength(4);
  const reads = await handle.db.evaluationRawRead.findMany({ where: { evaluationId: e.id } });
  expect(new Set(reads.map((r) => r.recordKind))).toEqual(new Set(['quote', 'answer']));
  for (const r of reads) {
    expect(r.actorId).toBe(e.leadId);
    expect(r.at).toEqual(e.publishedAt);
  }
});

test('the seed’s own freezing (no publishing function) gives the same report as the API’s', async () => {
  // Ids differ between the two databases; everything else must not.
  const normalise = (report: PublishedReport) => ({
    ...report,
    recommendations: report.recommendations.map(({ id: _, ...r }) => r),
    results: report.results.map(({ questionId: _, ...r }) => r),
  });
  const api = (await completed()).publishedReport as unknown as PublishedReport;
  const seed = (await completed(withoutPublisher.db)).publishedReport as unknown as PublishedReport;
  expect(normalise(seed)).toEqual(normalise(api));
});
