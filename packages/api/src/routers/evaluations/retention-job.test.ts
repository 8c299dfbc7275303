import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { addRawData } from './privacy-test-world.ts';
import { runEvaluationRetention } from './retention-job.ts';

// world.evaluations.published was published 2026-05-01 with 6 months' retention: the raw data
// goes at midnight in Oslo starting 1 November 2026 (23:00 UTC the day before, winter time),
// and the lead is reminded from midnight 18 October (22:00 UTC the day before, summer time).
const BEFORE_REMINDER = new Date('2026-10-17T21:59:00Z');
const REMINDER = new Date('2026-10-17T22:00:00Z');
const BEFORE_END = new Date('2026-10-31T22:59:00Z');
const END = new Date('2026-10-31T23:00:00Z');

describe.each(testDatabases())('the evaluations’ retention job on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('reminds the lead once 14 days before, then deletes the raw data and keeps the report', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { published, collecting } = setup.world.evaluations;
    const { lead, teamMember } = setup.world.userIds;
    const evaluationId = published.evaluationId;
    await addRawData(db, evaluationId, { leadId: lead, teamMemberId: teamMember });
    const report = { summary: 'Frosset rapport', tables: [{ n: 12 }] };
    await db.evaluation.update({ where: { id: evaluationId }, data: { publishedReport: report } });
    const mails = () => db.outboxMessage.findMany({ where: { kind: 'security.evaluation.retention' } });

    // Nothing before the dates.
    expect(await runEvaluationRetention(db, TEST_URLS, BEFORE_REMINDER)).toEqual({ reminded: 0, deleted: 0 });
    expect(await mails()).toHaveLength(0);

    // Two instances at once: one e-mail.
    const runs = await Promise.all([
      runEvaluationRetention(db, TEST_URLS, REMINDER),
      runEvaluationRetention(db, TEST_URLS, REMINDER),
    ]);
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(1);
    const [mail, ...more] = await mails();
    expect(more).toHaveLength(0);
    expect(mail!.userId).toBe(lead);
    expect(mail!.subject).toContain('søndag 1. november 2026');
    expect(mail!.body).toContain(`${TEST_URLS.admin}/evalueringer/${evaluationId}/personvern`);
    expect(mail!.body).not.toContain('kveldene');
    expect(await runEvaluationRetention(db, TEST_URLS, BEFORE_END)).toEqual({ reminded: 0, deleted: 0 });
    expect(await db.evaluationInterview.count({ where: { evaluationId } })).toBe(1);

    // The end of the period: the raw data goes, once, with a record of what went.
    const ended = await Promise.all([
      runEvaluationRetention(db, TEST_URLS, END),
      runEvaluationRetention(db, TEST_URLS, END),
    ]);
    expect(ended.reduce((sum, r) => sum + r.deleted, 0)).toBe(1);
    expect(await db.evaluationInterview.count({ where: { evaluationId } })).toBe(0);
    expect(await db.evaluationNote.count({ where: { interview: { evaluationId } } })).toBe(0);
    expect(await db.evaluationResponse.count({ where: { questionnaire: { evaluationId } } })).toBe(0);
    expect(await db.evaluationAnswer.count({ where: { response: { questionnaire: { evaluationId } } } })).toBe(0);
    expect(await db.evaluationResponseToken.count({ where: { questionnaire: { evaluationId } } })).toBe(0);
    expect(await db.evaluationQuote.count({ where: { finding: { theme: { evaluationId } } } })).toBe(0);
    const after = await db.evaluation.findUniqueOrThrow({
      where: { id: evaluationId },
      include: { recommendations: { include: { statuses: true } } },
    });
    expect(after.publishedReport).toEqual(report);
    expect(after.rawDataDeletedAt).toEqual(END);
    expect(after.recommendations.map((r) => [r.title, r.response])).toEqual([
      ['Lengre åpningstid på kveldstid', 'agreed'],
    ]);
    // The findings' own words and the questions stay: they are the team's, not the respondents'.
    expect(await db.evaluationFinding.count({ where: { theme: { evaluationId } } })).toBe(1);
    const deletions = await db.evaluationDeletion.findMany({ where: { evaluationId } });
    expect(deletions.map((d) => [d.reason, d.counts])).toEqual([
      ['retention', { interviews: 1, notes: 1, responses: 1, answers: 2, quotes: 1 }],
    ]);
    expect(await db.auditEntry.count({ where: { entity: 'evaluationDeletion', entityId: deletions[0]!.id } })).toBe(1);
    expect(await runEvaluationRetention(db, TEST_URLS, new Date(END.getTime() + 86_400_000))).toEqual({
      reminded: 0,
      deleted: 0,
    });

    // The evaluation still collecting is untouched, and its note is not readable in the database.
    expect(await db.evaluationInterview.count({ where: { evaluationId: collecting.evaluationId } })).toBe(1);
    const rows = await db.$queryRaw<
      Array<{ body: string }>
    >`SELECT "body" FROM "EvaluationNote" WHERE "id" = ${collecting.noteId}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).not.toContain(collecting.noteText);
    expect(rows[0]!.body).not.toContain('tatt godt imot');
    expect(rows[0]!.body).toMatch(/^v1\.[0-9a-f]{8}\./);
  });
});
