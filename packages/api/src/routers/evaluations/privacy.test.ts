import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { evaluationAccess } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { describeError } from '../../errors.ts';
import { adminCaller, contextFor, outcomeOf } from '../../testing/caller.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { recordRawReads } from './raw-reads.ts';
import { loadEvaluation } from './scope.ts';

describe.each(testDatabases())('break the glass and the raw-read log on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('an admin has team access only for the hour after breaking the glass; the lead is told and it is logged', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const world = setup.world;
    const evaluationId = world.evaluations.collecting.evaluationId;
    const adminUser = await db.user.findUniqueOrThrow({ where: { id: world.userIds.admin } });
    const actor = await loadActor(db, adminUser);
    const teamAccess = async (at: Date) =>
      evaluationAccess(actor, (await loadEvaluation(db, evaluationId, at))!.access, 'team');
    expect(await teamAccess(new Date())).toBe('forbidden');

    const asAdmin = adminCaller(await contextFor(db, 'admin', world, 'admin')).evaluations;
    const asLead = adminCaller(await contextFor(db, 'admin', world, 'lead')).evaluations;
    // The reason is required and at least 10 characters; the lead, not an admin, may not break it.
    const tooShort = await asAdmin.breakGlass({ evaluationId, reason: 'kort' }).catch((e: unknown) => e);
    expect(describeError('nb', tooShort).fieldErrors.reason).toMatch(/minst 10 tegn/);
    expect(await outcomeOf(asLead.breakGlass({ evaluationId, reason: 'Jeg vil se alt sammen.' }))).toMatch(
      /^FORBIDDEN/,
    );

    const before = Date.now();
    const grant = await asAdmin.breakGlass({
      evaluationId,
      reason: 'Teamet ba om hjelp med et notat som ikke lagres.',
    });
    expect(grant.expiresAt.getTime() - grant.at.getTime()).toBe(3_600_000);
    expect(grant.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await teamAccess(new Date())).toBe('allow');
    // An hour later it is over.
    expect(await teamAccess(new Date(grant.expiresAt.getTime() + 1))).toBe('forbidden');

    // The lead gets an e-mail with who, when and why, and a link to the log.
    const [mail, ...more] = await db.outboxMessage.findMany({ where: { kind: 'security.evaluation.breakGlass' } });
    expect(more).toHaveLength(0);
    expect(mail!.userId).toBe(world.userIds.lead);
    expect(mail!.subject).toContain(adminUser.name);
    expect(mail!.body).toContain('Teamet ba om hjelp med et notat som ikke lagres.');
    expect(mail!.body).toContain(`/evalueringer/${evaluationId}/personvern`);
    expect(await db.auditEntry.count({ where: { entity: 'evaluationBreakGlass', entityId: grant.id } })).toBe(1);

    // A read she makes now names the grant; the lead's own reads do not.
    const evaluation = (await loadEvaluation(db, evaluationId))!;
    await recordRawReads(db, adminUser.id, evaluation, 'note', [world.evaluations.collecting.noteId]);
    await recordRawReads(db, world.userIds.lead, evaluation, 'note', [world.evaluations.collecting.noteId]);
    const log = await asLead.rawReads({ evaluationId, page: 1 });
    expect(log.total).toBe(2);
    const rows = log.rows.map((r) => [r.actorName, r.recordKind, r.breakGlassId]);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual([adminUser.name, 'note', grant.id]);
    expect(rows).toContainEqual([expect.any(String), 'note', null]);
    const overview = await asLead.privacy({ evaluationId });
    expect(overview.canBreakGlass).toBe(false);
    expect(overview.breakGlass.map((g) => [g.adminName, g.active])).toEqual([[adminUser.name, true]]);
    expect(overview.retentionEndsAt).toBeNull();
    expect(await asLead.deletions({ evaluationId })).toEqual([]);
  });
});
