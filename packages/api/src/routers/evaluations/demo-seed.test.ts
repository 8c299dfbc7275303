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

/**
 * The demo's evaluations as the server seeds them (packages/db/src/seed/evaluations.ts): raw
 * text sealed with the API's own cipher, and a demo that the scheduled jobs leave as it is on
 * the first start (nothing due, nothing to delete).
 */
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, {
    hashPassword: async () => 'not-a-hash',
    sealRawText: (text) => sealRaw(keyring, text),
  });
}, 180_000);
afterAll(async () => handle?.close());

const completed = () =>
  handle.db.evaluation.findUniqueOrThrow({
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
