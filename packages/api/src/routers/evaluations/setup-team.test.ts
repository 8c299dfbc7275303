import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { loadActor } from '../../context.ts';
import { authorize } from '../../procedures/index.ts';
import { httpCall } from '../../testing/http.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { evaluationRule } from './procedures.ts';
import { loadEvaluation } from './scope.ts';
import { evaluationOverview } from './setup-overview.ts';
import { addTeamMember, addTraining, findTraining, removeTeamMember, removeTraining, setLead } from './setup-team.ts';

async function actorOf(db: Db, userId: string) {
  return loadActor(db, await db.user.findUniqueOrThrow({ where: { id: userId } }));
}

describe.each(testDatabases())('an evaluation’s team and training, on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const scope = async (db: Db) => (await loadEvaluation(db, setup.world.evaluations.collecting.evaluationId))!;

  test('the lead adds a person by e-mail; they are told, with a link and no raw data; unknown e-mail is a field error', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const lead = await actorOf(db, world.userIds.lead);
    const added = await addTeamMember(db, lead, await scope(db), 'Editor@Test.Knutepunkt.no', TEST_URLS);
    expect(added).toEqual({ userId: world.userIds.editor, name: 'Test editor' });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { userId: world.userIds.editor, kind: 'evaluation.teamAdded' },
    });
    expect(mail.subject).toBe('Du er med i teamet for «Brukerevaluering av møteplassen»');
    expect(mail.body).toContain('https://knutepunkt.example/mine-evalueringer');
    expect(mail.body).not.toContain(world.evaluations.collecting.noteText);
    expect((await scope(db)).access.teamUserIds).toContain(world.userIds.editor);

    await expect(
      addTeamMember(db, lead, await scope(db), 'editor@test.knutepunkt.no', TEST_URLS),
    ).rejects.toMatchObject({
      fieldErrors: { email: 'evaluations.admin.setup.error.alreadyOnTeam' },
    });
    await expect(addTeamMember(db, lead, await scope(db), 'lead@test.knutepunkt.no', TEST_URLS)).rejects.toMatchObject({
      fieldErrors: { email: 'evaluations.admin.setup.error.leadIsOnTeam' },
    });
    const unknown = await httpCall(db, 'admin', {
      path: 'evaluations.addTeamMember',
      type: 'mutation',
      input: { evaluationId: world.evaluations.collecting.evaluationId, email: 'ingen@eksempel.no' },
      sessionToken: world.tokens.lead.admin,
      locale: 'nb',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.data.fieldErrors).toEqual({
      email: 'Ingen konto har denne e-postadressen. Personen må registrere seg først.',
    });
  });

  test('a removed member loses the team’s access at once: 404 on the evaluation’s team procedures', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const evaluationId = world.evaluations.collecting.evaluationId;
    const member = await actorOf(db, world.userIds.teamMember);
    await expect(authorize(evaluationRule('team'), db, member, { evaluationId })).resolves.toBeTruthy();
    await removeTeamMember(db, world.userIds.lead, await scope(db), world.userIds.teamMember);
    // The next request loads the team afresh.
    await expect(authorize(evaluationRule('team'), db, member, { evaluationId })).rejects.toMatchObject({
      kind: 'notFound',
    });
    await expect(authorize(evaluationRule('service'), db, member, { evaluationId })).rejects.toMatchObject({
      kind: 'notFound',
    });
    expect(await db.auditEntry.count({ where: { entity: 'evaluationTeamMember', action: 'delete' } })).toBe(1);
    // Not on the team (any more): a translated 404 naming the field.
    await expect(
      removeTeamMember(db, world.userIds.lead, await scope(db), world.userIds.teamMember),
    ).rejects.toMatchObject({ kind: 'notFound', fieldErrors: { userId: 'evaluations.admin.setup.error.notOnTeam' } });
  });

  test('training records: for the lead and team members only; added and removed, audited', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const evaluation = await scope(db);
    const training = await addTraining(db, world.userIds.lead, evaluation, {
      evaluationId: evaluation.id,
      userId: world.userIds.lead,
      course: 'Samtykke og taushetsplikt',
      completedOn: '2026-09-15',
    });
    expect(training).toMatchObject({ userId: world.userIds.lead, completedOn: '2026-09-15' });
    await expect(
      addTraining(db, world.userIds.lead, evaluation, {
        evaluationId: evaluation.id,
        userId: world.userIds.member,
        course: 'Grunnkurs',
        completedOn: '2026-09-15',
      }),
    ).rejects.toMatchObject({ fieldErrors: { userId: 'evaluations.admin.setup.error.notOnTeam' } });
    await removeTraining(db, world.userIds.lead, evaluation, (await findTraining(db, training.id))!);
    expect(await findTraining(db, training.id)).toBeNull();
    expect(
      await db.auditEntry.count({ where: { entity: 'evaluationTeamMember', entityId: evaluation.id } }),
    ).toBeGreaterThanOrEqual(2);
  });

  test('the lead hands over to another coordinator of the network, not to anyone else', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const lead = await actorOf(db, world.userIds.lead);
    // The overview offers the network's other coordinators: not the lead, not another network's.
    const offered = (await evaluationOverview(db, world.evaluations.collecting.evaluationId)).leadCandidates;
    expect(offered.map((p) => p.id)).toEqual([world.userIds.coordinator]);
    await expect(setLead(db, lead, await scope(db), world.userIds.otherCoordinator)).rejects.toMatchObject({
      fieldErrors: { userId: 'evaluations.admin.setup.error.newLeadNotCoordinator' },
    });
    await expect(setLead(db, lead, await scope(db), world.userIds.member)).rejects.toMatchObject({
      kind: 'badRequest',
    });
    await setLead(db, lead, await scope(db), world.userIds.coordinator);
    expect((await scope(db)).leadId).toBe(world.userIds.coordinator);
    const now = (await evaluationOverview(db, world.evaluations.collecting.evaluationId)).leadCandidates;
    expect(now.map((p) => p.id)).toEqual([world.userIds.lead]);
    // The former lead has no part in it now; the new one manages it.
    const evaluationId = world.evaluations.collecting.evaluationId;
    await expect(authorize(evaluationRule('manage'), db, lead, { evaluationId })).rejects.toMatchObject({
      kind: 'notFound',
    });
    const coordinator = await actorOf(db, world.userIds.coordinator);
    await expect(authorize(evaluationRule('manage'), db, coordinator, { evaluationId })).resolves.toBeTruthy();
    // Only the lead herself or an admin hands over (a former lead is neither).
    await expect(setLead(db, lead, await scope(db), world.userIds.lead)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
