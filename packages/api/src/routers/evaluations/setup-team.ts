import type { Db } from '@knutepunkt/db';
import {
  type Actor,
  type EvaluationTrainingInput,
  UserError,
  evaluationPaths,
  fieldError,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The team of an evaluation (docs/adr/0025): the lead adds user-interviewers by their account's
 * e-mail and records their training. The builders load the team afresh on every request, so a
 * removed member's access ends with the next one.
 */

/** Add the person with this e-mail's account to the team; they are told by e-mail (no raw data in it). */
export async function addTeamMember(
  db: Db,
  actor: Actor,
  evaluation: EvaluationInScope,
  email: string,
  urls: SiteUrls,
) {
  assertPhaseAllows(evaluation, 'plan');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { email: { equals: email, mode: 'insensitive' }, disabledAt: null },
      select: { id: true, name: true, email: true, locale: true },
    });
    // Coordinators already find people by e-mail in the admin app; this says no more than that.
    if (!user) throw fieldError('email', 'evaluations.admin.setup.error.unknownEmail', 'badRequest');
    if (user.id === evaluation.leadId) throw fieldError('email', 'evaluations.admin.setup.error.leadIsOnTeam');
    if (evaluation.access.teamUserIds.includes(user.id))
      throw fieldError('email', 'evaluations.admin.setup.error.alreadyOnTeam');
    await tx.evaluationTeamMember.create({ data: { evaluationId: evaluation.id, userId: user.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'evaluationTeamMember',
      entityId: evaluation.id,
      after: { userId: user.id },
    });
    const lead = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } });
    await notify(tx, [user], {
      kind: 'evaluation.teamAdded',
      subject: 'evaluations.mail.teamAdded.subject',
      body: 'evaluations.mail.teamAdded.body',
      params: { title: evaluation.title, lead: lead?.name ?? '', link: urlOn(urls.web, evaluationPaths.web.mine) },
    });
    return { userId: user.id, name: user.name };
  });
}

/** Take someone off the team: their access ends at once. Their training records stay as history. */
export async function removeTeamMember(db: Db, actorId: string, evaluation: EvaluationInScope, userId: string) {
  return db.$transaction(async (tx) => {
    const removed = await tx.evaluationTeamMember.deleteMany({ where: { evaluationId: evaluation.id, userId } });
    if (removed.count === 0) throw fieldError('userId', 'evaluations.admin.setup.error.notOnTeam', 'notFound');
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'evaluationTeamMember',
      entityId: evaluation.id,
      before: { userId },
    });
    return { ok: true as const };
  });
}

/** A training record (course, day) of the lead or a team member. */
export async function addTraining(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  input: EvaluationTrainingInput,
) {
  assertPhaseAllows(evaluation, 'plan');
  if (input.userId !== evaluation.leadId && !evaluation.access.teamUserIds.includes(input.userId))
    throw fieldError('userId', 'evaluations.admin.setup.error.notOnTeam', 'badRequest');
  return db.$transaction(async (tx) => {
    const row = await tx.evaluationTraining.create({
      data: { evaluationId: evaluation.id, userId: input.userId, course: input.course, completedOn: input.completedOn },
      select: { id: true, userId: true, course: true, completedOn: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'evaluationTeamMember',
      entityId: evaluation.id,
      after: { training: row },
    });
    return row;
  });
}

export const findTraining = (db: Db, trainingId: string) =>
  db.evaluationTraining.findUnique({
    where: { id: trainingId },
    select: { id: true, evaluationId: true, userId: true, course: true, completedOn: true },
  });
type Training = NonNullable<Awaited<ReturnType<typeof findTraining>>>;

export async function removeTraining(db: Db, actorId: string, evaluation: EvaluationInScope, training: Training) {
  assertPhaseAllows(evaluation, 'plan');
  return db.$transaction(async (tx) => {
    await tx.evaluationTraining.delete({ where: { id: training.id } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'evaluationTeamMember',
      entityId: evaluation.id,
      before: { training },
    });
    return { ok: true as const };
  });
}

/**
 * Hand the lead over: an admin, or the lead herself, to a coordinator of the evaluation's network
 * (or an admin). The new lead is on the team as its lead, so a team row of theirs goes.
 */
export async function setLead(db: Db, actor: Actor, evaluation: EvaluationInScope, userId: string) {
  if (!actor.isAdmin && actor.userId !== evaluation.leadId)
    throw new UserError('forbidden', 'evaluations.admin.setup.error.leadOnly');
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: userId, disabledAt: null },
      select: { id: true, name: true, isAdmin: true, coordinatorOf: { where: { networkId: evaluation.networkId } } },
    });
    if (!user || !(user.isAdmin || user.coordinatorOf.length > 0))
      throw fieldError('userId', 'evaluations.admin.setup.error.newLeadNotCoordinator', 'badRequest');
    await tx.evaluation.update({ where: { id: evaluation.id }, data: { leadId: user.id } });
    await tx.evaluationTeamMember.deleteMany({ where: { evaluationId: evaluation.id, userId: user.id } });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      before: { leadId: evaluation.leadId },
      after: { leadId: user.id },
    });
    return { leadId: user.id, name: user.name };
  });
}
