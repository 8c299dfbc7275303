import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { evaluationAgreementInput, evaluationPlanInput } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { httpCall } from '../../testing/http.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { updateAgreement, updatePlan } from './setup-agreement-plan.ts';
import { createEvaluation } from './setup-create.ts';
import { evaluationOverview } from './setup-overview.ts';
import { loadEvaluation } from './scope.ts';

async function actorOf(db: Db, userId: string) {
  return loadActor(db, await db.user.findUniqueOrThrow({ where: { id: userId } }));
}

const PLAN = {
  methods: ['group_interviews', 'questionnaire'],
  targetGroups: 'Brukere av møteplassen.',
  plannedGroupInterviews: 4,
  plannedIndividualInterviews: 2,
  plannedParticipants: 25,
  plannedQuestionnaireResponses: 40,
  retentionMonths: 6,
  minGroupSize: 5,
  consentText: 'Det er frivillig å være med.',
};

describe.each(testDatabases())('creating an evaluation, its agreement and plan, on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('a coordinator creates one in their network and leads it; the slug is free; audited', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const coordinator = await actorOf(db, world.userIds.coordinator);
    const input = { title: 'Evaluering av Lavterskel', language: 'nn' as const, networkId: world.network1 };
    const now = new Date('2026-12-31T23:30:00Z'); // already 2027 in Oslo
    const first = await createEvaluation(db, coordinator, { ...input, centreOrganisationId: world.org1 }, now);
    const second = await createEvaluation(db, coordinator, { ...input, centreOrganisationId: null }, now);
    expect(first.slug).toBe('evaluering-av-lavterskel-2027');
    expect(second.slug).toBe('evaluering-av-lavterskel-2027-2');
    const made = await db.evaluation.findUniqueOrThrow({ where: { id: first.id } });
    expect(made).toMatchObject({
      leadId: world.userIds.coordinator,
      phase: 'agreement',
      language: 'nn',
      minGroupSize: 5,
    });
    expect(await db.auditEntry.count({ where: { entity: 'evaluation', entityId: first.id, action: 'create' } })).toBe(
      1,
    );
  });

  test('another network’s coordinator is refused, and an unknown network or centre is a field error', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const before = await db.evaluation.count();
    const other = await actorOf(db, world.userIds.otherCoordinator);
    const input = { title: 'Ikke vår', language: 'nb' as const, networkId: world.network1, centreOrganisationId: null };
    await expect(createEvaluation(db, other, input)).rejects.toMatchObject({
      kind: 'forbidden',
      fieldErrors: { networkId: 'evaluations.admin.setup.error.notYourNetwork' },
    });
    const admin = await actorOf(db, world.userIds.admin);
    await expect(createEvaluation(db, admin, { ...input, networkId: 'ukjentnettverk' })).rejects.toMatchObject({
      kind: 'badRequest',
      fieldErrors: { networkId: 'evaluations.admin.setup.error.noSuchNetwork' },
    });
    await expect(createEvaluation(db, admin, { ...input, centreOrganisationId: 'ukjentorg' })).rejects.toMatchObject({
      fieldErrors: { centreOrganisationId: 'evaluations.admin.setup.error.noSuchOrganisation' },
    });
    expect(await db.evaluation.count()).toBe(before);
    // Over HTTP, in the person's own nynorsk: the refusal names the field, translated.
    await db.user.update({ where: { id: world.userIds.otherCoordinator }, data: { locale: 'nn' } });
    const res = await httpCall(db, 'admin', {
      path: 'evaluations.create',
      type: 'mutation',
      input,
      sessionToken: world.tokens.otherCoordinator.admin,
      locale: 'nn',
    });
    expect(res.status).toBe(403);
    expect(res.body.error?.data.fieldErrors.networkId).toBe(
      'Du kan berre starte evalueringar i nettverk du koordinerer.',
    );
  });

  test('the plan is checked, in the asker’s language; a minimum group under 5 is refused', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const evaluationId = world.evaluations.collecting.evaluationId;
    await db.user.update({ where: { id: world.userIds.lead }, data: { locale: 'nn' } });
    const call = (input: object) =>
      httpCall(db, 'admin', {
        path: 'evaluations.updatePlan',
        type: 'mutation',
        input: { evaluationId, ...PLAN, ...input },
        sessionToken: world.tokens.lead.admin,
        locale: 'nn',
      });
    const small = await call({ minGroupSize: 4 });
    expect(small.status).toBe(400);
    expect(small.body.error?.data.fieldErrors).toEqual({
      minGroupSize: 'Minste gruppestorleik må vere eit heilt tal frå 5 til 50. Han kan aldri vere under 5.',
    });
    const bad = await call({ plannedParticipants: -1, retentionMonths: 61, methods: ['fokusgruppe'] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error?.data.fieldErrors ?? {}).sort()).toEqual([
      'methods.0',
      'plannedParticipants',
      'retentionMonths',
    ]);
    expect(bad.body.error?.data.fieldErrors.plannedParticipants).toBe('Skriv eit heilt tal, 0 eller meir.');
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).minGroupSize).toBe(5);
    // KORUS's 10 is fine, and the default retention is 6 months.
    const { retentionMonths: _r, ...withoutRetention } = PLAN;
    expect(evaluationPlanInput.parse({ evaluationId, ...withoutRetention, minGroupSize: 10 }).retentionMonths).toBe(6);
  });

  test('saving the plan: a changed consent text is the next version; the overview shows counts, never notes', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const evaluation = (await loadEvaluation(db, world.evaluations.collecting.evaluationId))!;
    const plan = (text: string) =>
      evaluationPlanInput.parse({ evaluationId: evaluation.id, ...PLAN, consentText: text });
    // The world's evaluation is read out under its consent text, version 1: the same text again
    // changes nothing; a new text is version 2, and saving it again keeps 2.
    const { consentText } = await db.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: { consentText: true },
    });
    expect(consentText).not.toBe('');
    expect((await updatePlan(db, world.userIds.lead, evaluation, plan(consentText))).consentVersion).toBe(1);
    expect((await updatePlan(db, world.userIds.lead, evaluation, plan('Frivillig.'))).consentVersion).toBe(2);
    expect((await updatePlan(db, world.userIds.lead, evaluation, plan('Frivillig.'))).consentVersion).toBe(2);

    const overview = await evaluationOverview(db, evaluation.id);
    expect(overview).toMatchObject({
      phase: 'collection',
      nextPhases: ['planning', 'analysis'],
      methods: ['group_interviews', 'questionnaire'],
      consentVersion: 2,
      service: { id: world.org4, name: 'Tjenesten fire' },
      lead: { id: world.userIds.lead },
      counts: { interviews: 1, participants: 5, questionnaireResponses: 0 },
    });
    expect(overview.team.map((m) => m.id)).toEqual([world.userIds.teamMember]);
    expect(overview.team[0]!.training).toHaveLength(1);
    expect(JSON.stringify(overview)).not.toContain(world.evaluations.collecting.noteText);
  });

  test('the agreement: organisations must exist, the end is not before the start, the phase must allow it', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const { db } = setup.handle;
    const { world } = setup;
    const evaluation = (await loadEvaluation(db, world.evaluations.collecting.evaluationId))!;
    const agreement = {
      evaluationId: evaluation.id,
      commissionerOrganisationId: world.org1,
      serviceOrganisationId: world.org4,
      purpose: 'Formål',
      questions: '',
      scope: '',
      startsOn: '2026-09-01',
      endsOn: '2026-08-01',
      agreementSignedOn: '',
    };
    const parsed = evaluationAgreementInput.safeParse(agreement);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endsOn', 'evaluations.admin.setup.validation.endBeforeStart'],
    ]);
    const valid = evaluationAgreementInput.parse({ ...agreement, endsOn: '2027-01-31' });
    expect(valid.agreementSignedOn).toBeNull();
    await expect(
      updateAgreement(db, world.userIds.lead, evaluation, { ...valid, commissionerOrganisationId: 'ukjentorg' }),
    ).rejects.toMatchObject({
      fieldErrors: { commissionerOrganisationId: 'evaluations.admin.setup.error.noSuchOrganisation' },
    });
    await updateAgreement(db, world.userIds.lead, evaluation, valid);
    const saved = await db.evaluation.findUniqueOrThrow({ where: { id: evaluation.id } });
    expect(saved).toMatchObject({ purpose: 'Formål', startsOn: '2026-09-01', endsOn: '2027-01-31' });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entity: 'evaluation', entityId: evaluation.id, action: 'update' },
      orderBy: { at: 'desc' },
    });
    expect(audit.after).toMatchObject({ purpose: 'Formål' });

    // Published: the agreement is history.
    const published = (await loadEvaluation(db, world.evaluations.published.evaluationId))!;
    await expect(
      updateAgreement(db, world.userIds.lead, published, { ...valid, evaluationId: published.id }),
    ).rejects.toMatchObject({ kind: 'conflict', message: 'evaluations.phase.wrongPhase' });
  });
});
