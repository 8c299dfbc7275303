import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { UserError } from '@knutepunkt/domain';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { publishReport } from './report-publish.ts';
import { createReportedEvaluation } from './report-test-world.ts';
import { loadEvaluation } from './scope.ts';

/**
 * Publishing (docs/adr/0025): two leads pressing «Publiser» at the same moment publish once. On
 * PostgreSQL through two clients with pools of their own (two server instances), on PGlite
 * through the one embedded database; the evaluation's row lock is what makes it right.
 */
async function setUp(db: Db) {
  const network = await db.network.create({ data: { slug: 'senteret', name: 'Senteret' } });
  const org = (name: string) => db.organisation.create({ data: { name, slug: name.toLowerCase(), type: 'OTHER' } });
  const [commissioner, service] = [await org('Kommunen'), await org('Tjenesten')];
  const lead = await db.user.create({ data: { email: 'leder@test.knutepunkt.no', name: 'Leder', passwordHash: 'x' } });
  const { evaluationId } = await createReportedEvaluation(
    db,
    { networkId: network.id, commissionerId: commissioner.id, serviceId: service.id, leadId: lead.id },
    { slug: 'bsb-publisering', title: 'Publisering', phase: 'review', recommendations: 2 },
  );
  return { evaluationId, leadId: lead.id };
}

describe.each(testDatabases())('publishing a report on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('two at once: exactly one publishes; the report is frozen with follow-up rounds at 6 and 12 months', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { evaluationId, leadId } = await setUp(db);
    // The last day of August: six months on is the end of February (Oslo midnight, winter time).
    const now = new Date('2026-08-31T10:00:00Z');
    const scopes = await Promise.all(dbs.map(async (d) => (await loadEvaluation(d, evaluationId))!));
    const results = await Promise.allSettled(
      [0, 1].map((i) =>
        publishReport(dbs[i % dbs.length]!, TEST_RAW_DATA_KEYRING, leadId, scopes[i % scopes.length]!, now),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBeInstanceOf(UserError);
    expect(refused[0]!.reason).toMatchObject({ kind: 'conflict', key: 'evaluations.phase.notAllowed' });

    const row = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(row.phase).toBe('published');
    expect(row.publishedAt).toEqual(now);
    expect(row.publishedReport).toMatchObject({
      version: 1,
      publishedAt: now.toISOString(),
      service: 'Tjenesten',
      commissioner: 'Kommunen',
      startsOn: '2026-01-05',
      recommendations: [{ title: 'Anbefaling 1' }, { title: 'Anbefaling 2' }],
      heard: { groupInterviews: 0, individualInterviews: 0, participants: 0, questionnaireResponses: 0 },
    });
    const rounds = await db.evaluationFollowUpRound.findMany({
      where: { evaluationId },
      orderBy: { months: 'asc' },
      select: { months: true, dueAt: true },
    });
    expect(rounds).toEqual([
      { months: 6, dueAt: new Date('2027-02-27T23:00:00Z') },
      { months: 12, dueAt: new Date('2027-08-30T22:00:00Z') },
    ]);
    // One phase move and one publication in the audit log: the loser left nothing behind.
    const audits = await db.auditEntry.findMany({
      where: { entityId: evaluationId, entity: { in: ['evaluation', 'evaluationReport'] } },
      select: { entity: true },
    });
    expect(audits.map((a) => a.entity).sort()).toEqual(['evaluation', 'evaluationReport']);
    // The quotes the frozen report holds were opened once, by the winner.
    expect(await db.evaluationRawRead.count({ where: { evaluationId, recordKind: 'quote' } })).toBe(2);
  }, 120_000);

  test('without a recommendation it is not published, and nothing is left behind', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { evaluationId, leadId } = await setUp(db);
    await db.evaluationRecommendation.deleteMany({ where: { evaluationId } });
    const scope = (await loadEvaluation(db, evaluationId))!;
    await expect(publishReport(db, TEST_RAW_DATA_KEYRING, leadId, scope)).rejects.toMatchObject({
      key: 'evaluations.phase.needsRecommendation',
    });
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect([row.phase, row.publishedReport, row.publishedAt]).toEqual(['review', null, null]);
    expect(await db.evaluationFollowUpRound.count({ where: { evaluationId } })).toBe(0);
  }, 120_000);
});
