import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { contextFor, outcomeOf, webCaller } from '../../testing/caller.ts';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import type { Role, World } from '../../testing/world.ts';
import { sealRaw } from './cipher.ts';
import { WORLD_GUIDE } from './test-world.ts';

const HOUR = 3_600_000;

/** A second evaluation in collection, led by `coordinator`, with no one of evaluation A on it. */
async function evaluationB(db: Db, world: World) {
  const evaluation = await db.evaluation.create({
    data: {
      networkId: world.network1,
      slug: 'bsb-andre-tjeneste-2026',
      title: 'Brukerevaluering av en annen tjeneste',
      phase: 'collection',
      leadId: world.userIds.coordinator,
      consentText: 'Samtykke.',
    },
  });
  const guide = await db.evaluationGuideVersion.create({
    data: { evaluationId: evaluation.id, version: 1, themes: WORLD_GUIDE },
  });
  const interview = await db.evaluationInterview.create({
    data: {
      evaluationId: evaluation.id,
      code: 'B1',
      kind: 'individual',
      heldOn: '2026-10-01',
      participants: 1,
      guideVersionId: guide.id,
    },
  });
  await db.evaluationNote.create({
    data: {
      interviewId: interview.id,
      questionKey: 'q1',
      body: sealRaw(TEST_RAW_DATA_KEYRING, 'Hemmelig B.'),
      warningKinds: [],
    },
  });
  return { evaluationId: evaluation.id, interviewId: interview.id };
}

/** Every data-collection procedure, with valid input for the evaluation and interview given. */
function everyProcedure(ids: { evaluationId: string; interviewId: string }) {
  const { evaluationId, interviewId } = ids;
  return {
    workspace: { evaluationId },
    createInterview: { evaluationId, code: 'X9', kind: 'individual', heldOn: '2026-10-02', participants: 1 },
    updateInterview: { interviewId, code: 'B1', kind: 'individual', heldOn: '2026-10-02', participants: 1 },
    recordConsent: { interviewId, obtainedAt: { date: '2026-10-01', time: '12:00' }, consentVersion: 1 },
    saveNote: { interviewId, questionKey: 'q2', body: 'Nytt.', revision: 0, warningShown: false },
    interview: { interviewId },
    withdrawConsent: { interviewId },
  } as const;
}

/**
 * Who reaches the team's raw data (docs/adr/0025): a team member of evaluation A nothing of B; a
 * removed team member nothing at once; an admin only under an unexpired «break the glass».
 */
describe.each(testDatabases())('data collection access on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const call = async (role: Role, path: string, input: unknown) => {
    const api = webCaller(await contextFor(setup.handle!.db, 'web', setup.world, role))
      .evaluations as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    return outcomeOf(api[path]!(input));
  };

  test('a team member of evaluation A gets 404 for every procedure on evaluation B, and nothing changes', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const b = await evaluationB(db, setup.world);
    const before = await db.evaluationNote.findMany({ where: { interviewId: b.interviewId } });
    for (const [path, input] of Object.entries(everyProcedure(b))) {
      expect(await call('teamMember', path, input), path).toMatch(/^NOT_FOUND/);
      expect(await call('serviceContact', path, input), path).toMatch(/^NOT_FOUND/);
    }
    expect(await db.evaluationNote.findMany({ where: { interviewId: b.interviewId } })).toEqual(before);
    expect(await db.evaluationInterview.count({ where: { evaluationId: b.evaluationId } })).toBe(1);
    expect(await db.evaluationRawRead.count({ where: { evaluationId: b.evaluationId } })).toBe(0);
    // B's own lead gets in.
    expect(await call('coordinator', 'interview', { interviewId: b.interviewId })).toBe('ok');
  });

  test('a removed team member gets 404 at once', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const a = setup.world.evaluations.collecting;
    const userId = setup.world.userIds.teamMember;
    expect(await call('teamMember', 'interview', { interviewId: a.interviewId })).toBe('ok');
    await db.evaluationTeamMember.delete({ where: { evaluationId_userId: { evaluationId: a.evaluationId, userId } } });
    try {
      for (const [path, input] of Object.entries(everyProcedure(a))) {
        expect(await call('teamMember', path, input), path).toMatch(/^NOT_FOUND/);
      }
    } finally {
      await db.evaluationTeamMember.create({ data: { evaluationId: a.evaluationId, userId } });
    }
  });

  test('an admin gets 403 without «break the glass» and reads under an unexpired one, which the log names', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const a = setup.world.evaluations.collecting;
    const adminId = setup.world.userIds.admin;
    for (const [path, input] of Object.entries(everyProcedure(a))) {
      expect(await call('admin', path, input), path).toMatch(/^FORBIDDEN/);
    }
    await db.evaluationBreakGlass.create({
      data: {
        evaluationId: a.evaluationId,
        adminId,
        reason: 'Utløpt',
        at: new Date(Date.now() - 3 * HOUR),
        expiresAt: new Date(Date.now() - HOUR),
      },
    });
    expect(await call('admin', 'interview', { interviewId: a.interviewId })).toMatch(/^FORBIDDEN/);
    const grant = await db.evaluationBreakGlass.create({
      data: {
        evaluationId: a.evaluationId,
        adminId,
        reason: 'Klage fra deltaker',
        expiresAt: new Date(Date.now() + HOUR),
      },
    });
    expect(await call('admin', 'workspace', { evaluationId: a.evaluationId })).toBe('ok');
    expect(await call('admin', 'interview', { interviewId: a.interviewId })).toBe('ok');
    const reads = await db.evaluationRawRead.findMany({ where: { evaluationId: a.evaluationId, actorId: adminId } });
    expect(reads.map((r) => r.recordKind).sort()).toEqual(['interview', 'note']);
    expect(reads.every((r) => r.breakGlassId === grant.id)).toBe(true);
    await db.evaluationBreakGlass.delete({ where: { id: grant.id } });
  });
});
