import type { Db, Prisma } from '@knutepunkt/db';
import type { recommendationResponseInput, recommendationStatusInput } from '@knutepunkt/domain';
import {
  type Actor,
  type EvaluationPhase,
  type Locale,
  isServiceContact,
  notFound,
  roundToAnswer,
} from '@knutepunkt/domain';
import type { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import { PUBLIC_RECOMMENDATION_FIELDS, recommendationView } from './public-reports.ts';
import type { EvaluationInScope } from './scope.ts';
import { moveEvaluationInTx } from './transition.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The follow-up of the recommendations (docs/adr/0025). Only the service contacts answer: the
 * builder lets the lead and admins read along (`service`), so the acts check the contact role
 * themselves and give everyone else the same 404 as a stranger.
 */
function assertServiceContact(actor: Actor, evaluation: EvaluationInScope) {
  if (!isServiceContact(actor, evaluation.access)) throw notFound();
}

/** A recommendation by id, for evaluationPartProcedure. */
export const findRecommendation = (db: Tx, id: string) =>
  db.evaluationRecommendation.findUnique({ where: { id }, select: { id: true, evaluationId: true } });

export async function respondToRecommendation(
  db: Db,
  actor: Actor,
  evaluation: EvaluationInScope,
  input: z.output<typeof recommendationResponseInput>,
  now = new Date(),
) {
  assertServiceContact(actor, evaluation);
  assertPhaseAllows(evaluation, 'followUp');
  const fields = { response: true, plannedAction: true, responsible: true } as const;
  return db.$transaction(async (tx) => {
    const before = await tx.evaluationRecommendation.findUniqueOrThrow({
      where: { id: input.recommendationId },
      select: fields,
    });
    const after = await tx.evaluationRecommendation.update({
      where: { id: input.recommendationId },
      data: {
        response: input.response,
        plannedAction: input.plannedAction,
        responsible: input.responsible,
        respondedAt: now,
        respondedById: actor.userId,
      },
      select: fields,
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'evaluationRecommendation',
      entityId: input.recommendationId,
      before,
      after,
    });
    return { id: input.recommendationId };
  });
}

/**
 * The rounds asked for so far (months): by the job when due, or earlier by the lead's «ask now»
 * (requestFollowUpNow), whose request is the round's own, so the answer counts for it.
 */
async function requestedRounds(tx: Tx, evaluationId: string, now: Date): Promise<number[]> {
  const rounds = await tx.evaluationFollowUpRound.findMany({
    where: { evaluationId, requestedAt: { not: null, lte: now } },
    select: { months: true },
  });
  return rounds.map((r) => r.months);
}

export async function giveStatus(
  db: Db,
  actor: Actor,
  evaluation: EvaluationInScope,
  input: z.output<typeof recommendationStatusInput>,
  now = new Date(),
) {
  assertServiceContact(actor, evaluation);
  assertPhaseAllows(evaluation, 'followUp');
  return db.$transaction(async (tx) => {
    const [asked, given] = await Promise.all([
      requestedRounds(tx, evaluation.id, now),
      tx.evaluationRecommendationStatus.findMany({
        where: { recommendationId: input.recommendationId },
        select: { round: true },
      }),
    ]);
    const round = roundToAnswer(
      asked,
      given.map((s) => s.round),
    );
    const status = await tx.evaluationRecommendationStatus.create({
      data: {
        recommendationId: input.recommendationId,
        round,
        status: input.status,
        comment: input.comment,
        byId: actor.userId,
        at: now,
      },
      select: { id: true, round: true, status: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'evaluationRecommendation',
      entityId: input.recommendationId,
      after: { status: status.status, round: status.round, comment: input.comment },
    });
    return status;
  });
}

function followUpRows(db: Db, evaluationId: string) {
  return [
    db.evaluationRecommendation.findMany({
      where: { evaluationId },
      select: PUBLIC_RECOMMENDATION_FIELDS,
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    }),
    db.evaluationFollowUpRound.findMany({
      where: { evaluationId },
      select: { months: true, dueAt: true, requestedAt: true },
      orderBy: { months: 'asc' },
    }),
  ] as const;
}

/**
 * The service contacts' follow-up (the lead and admins read along): each recommendation with its
 * response and history, which round is asked for now, and whether this viewer may answer.
 */
export async function followUpFor(db: Db, actor: Actor, evaluation: EvaluationInScope, now = new Date()) {
  const [recommendations, rounds] = await Promise.all(followUpRows(db, evaluation.id));
  const asked = rounds.filter((r) => r.requestedAt && r.requestedAt <= now).map((r) => r.months);
  return {
    evaluation: {
      id: evaluation.id,
      slug: evaluation.slug,
      title: evaluation.title,
      language: evaluation.language as Locale,
      phase: evaluation.phase as EvaluationPhase,
      publishedAt: evaluation.publishedAt?.toISOString() ?? null,
    },
    askedRound: asked.length > 0 ? Math.max(...asked) : null,
    canAnswer: isServiceContact(actor, evaluation.access) && evaluation.phase === 'published',
    recommendations: recommendations.map((r) => ({
      ...recommendationView(r),
      roundToAnswer: roundToAnswer(
        asked,
        r.statuses.map((s) => s.round),
      ),
    })),
  };
}

/** The lead's overview in the admin app: the same, with who answered, and the rounds' dates. */
export async function followUpOverview(db: Db, evaluation: EvaluationInScope) {
  const [recommendations, rounds, extra] = await Promise.all([
    ...followUpRows(db, evaluation.id),
    db.evaluationRecommendation.findMany({
      where: { evaluationId: evaluation.id },
      select: { id: true, respondedById: true, statuses: { select: { id: true, byId: true } } },
    }),
  ] as const);
  const ids = new Set(extra.flatMap((r) => [r.respondedById, ...r.statuses.map((s) => s.byId)]));
  ids.delete(null);
  const people = await db.user.findMany({
    where: { id: { in: [...ids] as string[] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null | undefined) => people.find((p) => p.id === id)?.name ?? null;
  const byRecommendation = new Map(extra.map((r) => [r.id, r]));
  return {
    evaluation: {
      id: evaluation.id,
      slug: evaluation.slug,
      title: evaluation.title,
      phase: evaluation.phase as EvaluationPhase,
      publishedAt: evaluation.publishedAt?.toISOString() ?? null,
      closedAt: evaluation.closedAt?.toISOString() ?? null,
    },
    rounds: rounds.map((r) => ({
      months: r.months,
      dueAt: r.dueAt.toISOString(),
      requestedAt: r.requestedAt?.toISOString() ?? null,
    })),
    recommendations: recommendations.map((r) => {
      const who = byRecommendation.get(r.id);
      const view = recommendationView(r);
      return {
        ...view,
        respondedBy: nameOf(who?.respondedById),
        statuses: view.statuses.map((s) => ({
          ...s,
          by: nameOf(who?.statuses.find((x) => x.id === s.id)?.byId),
        })),
      };
    }),
  };
}

/** «Avslutt oppfølgingen»: published → closed, which ends the team's access (transition.ts). */
export async function closeFollowUp(db: Db, actorId: string, evaluation: EvaluationInScope) {
  return db.$transaction((tx) => moveEvaluationInTx(tx, actorId, evaluation.id, 'closed'));
}
