import type { Db, Prisma } from '@knutepunkt/db';
import {
  type EvaluationQuestionKind,
  type QuestionInput,
  type QuestionnaireFields,
  UserError,
  phaseAllows,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * Questionnaires of an evaluation, the lead's side (docs/adr/0025): written while planning,
 * questions changed only while a draft (answers name their questions), opened for answers in
 * data collection, closed when enough have come in.
 */

type Tx = Prisma.TransactionClient;

/** What the builders load for a questionnaire: enough to decide and to check its state. */
export const findQuestionnaire = (db: Db | Tx, id: string) =>
  db.evaluationQuestionnaire.findUnique({ where: { id }, select: { id: true, evaluationId: true, status: true } });
export type QuestionnaireInScope = NonNullable<Awaited<ReturnType<typeof findQuestionnaire>>>;

const QUESTION_FIELDS = { id: true, position: true, kind: true, text: true, options: true, required: true } as const;

export async function listQuestionnaires(db: Db, evaluationId: string) {
  const rows = await db.evaluationQuestionnaire.findMany({
    where: { evaluationId },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      language: true,
      status: true,
      _count: { select: { questions: true, responses: true, tokens: true } },
    },
  });
  const used = await db.evaluationResponseToken.groupBy({
    by: ['questionnaireId'],
    where: { questionnaireId: { in: rows.map((r) => r.id) }, usedAt: { not: null } },
    _count: { _all: true },
  });
  const usedOf = new Map(used.map((u) => [u.questionnaireId, u._count._all]));
  return rows.map(({ _count, ...r }) => ({
    ...r,
    questions: _count.questions,
    responses: _count.responses,
    linksMade: _count.tokens,
    linksUsed: usedOf.get(r.id) ?? 0,
  }));
}

export async function getQuestionnaire(db: Db, questionnaireId: string) {
  const row = await db.evaluationQuestionnaire.findUniqueOrThrow({
    where: { id: questionnaireId },
    select: {
      id: true,
      evaluationId: true,
      title: true,
      intro: true,
      language: true,
      status: true,
      breakdownQuestionId: true,
      questions: { orderBy: { position: 'asc' }, select: QUESTION_FIELDS },
      _count: { select: { responses: true, tokens: true } },
    },
  });
  const [linksUsed, paper] = await Promise.all([
    db.evaluationResponseToken.count({ where: { questionnaireId, usedAt: { not: null } } }),
    db.evaluationResponse.count({ where: { questionnaireId, mode: 'paper' } }),
  ]);
  const { _count, ...rest } = row;
  return {
    ...rest,
    questions: rest.questions.map((q) => ({ ...q, kind: q.kind as EvaluationQuestionKind })),
    responses: _count.responses,
    paperResponses: paper,
    linksMade: _count.tokens,
    linksUsed,
  };
}

export async function createQuestionnaire(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  fields: QuestionnaireFields,
) {
  assertPhaseAllows(evaluation, 'plan');
  return db.$transaction(async (tx) => {
    const created = await tx.evaluationQuestionnaire.create({
      data: { evaluationId: evaluation.id, ...fields },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'evaluationQuestionnaire',
      entityId: created.id,
      after: fields,
    });
    return created;
  });
}

function assertNotClosed(q: QuestionnaireInScope) {
  if (q.status === 'closed') throw new UserError('conflict', 'evaluations.questionnaire.closed');
}
function assertDraft(q: QuestionnaireInScope) {
  if (q.status !== 'draft') throw new UserError('conflict', 'evaluations.questionnaire.notDraft');
}

export async function updateQuestionnaire(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  q: QuestionnaireInScope,
  fields: QuestionnaireFields,
) {
  assertPhaseAllows(evaluation, 'plan');
  assertNotClosed(q);
  await db.$transaction(async (tx) => {
    const before = await tx.evaluationQuestionnaire.findUniqueOrThrow({
      where: { id: q.id },
      select: { title: true, intro: true, language: true },
    });
    await tx.evaluationQuestionnaire.update({ where: { id: q.id }, data: fields });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuestionnaire',
      entityId: q.id,
      before,
      after: fields,
    });
  });
  return { id: q.id };
}

/**
 * Replace the questions, in the order given, while the questionnaire is a draft. A question
 * sent with its id keeps it (the breakdown names it); the breakdown is cleared when its question
 * goes or stops being a single choice. Under the questionnaire's row lock, so an «open» at the
 * same moment sees either the old questions or the new.
 */
export async function saveQuestions(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  q: QuestionnaireInScope,
  questions: QuestionInput[],
) {
  assertPhaseAllows(evaluation, 'plan');
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ status: string; breakdownQuestionId: string | null }>>`
      SELECT "status"::text AS "status", "breakdownQuestionId" FROM "EvaluationQuestionnaire"
      WHERE "id" = ${q.id} FOR UPDATE`;
    assertDraft({ ...q, status: locked!.status as QuestionnaireInScope['status'] });
    const existing = await tx.evaluationQuestion.findMany({ where: { questionnaireId: q.id }, select: { id: true } });
    const existingIds = new Set(existing.map((e) => e.id));
    const keep = new Set(questions.flatMap((x) => (x.id && existingIds.has(x.id) ? [x.id] : [])));
    await tx.evaluationQuestion.deleteMany({ where: { questionnaireId: q.id, id: { notIn: [...keep] } } });
    const ids: string[] = [];
    for (const [position, question] of questions.entries()) {
      const data = {
        position,
        kind: question.kind,
        text: question.text,
        options: question.options,
        required: question.required,
      };
      if (question.id && keep.has(question.id)) {
        keep.delete(question.id); // an id sent twice: the second becomes a new question
        await tx.evaluationQuestion.update({ where: { id: question.id }, data });
        ids.push(question.id);
      } else {
        ids.push((await tx.evaluationQuestion.create({ data: { questionnaireId: q.id, ...data } })).id);
      }
    }
    const breakdown = locked!.breakdownQuestionId;
    const breakdownStays = breakdown !== null && questions[ids.indexOf(breakdown)]?.kind === 'single';
    if (breakdown !== null && !breakdownStays) {
      await tx.evaluationQuestionnaire.update({ where: { id: q.id }, data: { breakdownQuestionId: null } });
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuestionnaire',
      entityId: q.id,
      after: { questions: questions.map((x) => ({ kind: x.kind, text: x.text, options: x.options })) },
    });
    return { questionIds: ids };
  });
}

/** The single-choice question whose answers split the report's tables, or none. */
export async function setBreakdown(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  q: QuestionnaireInScope,
  questionId: string | null,
) {
  if (!phaseAllows(evaluation.phase, 'plan') && !phaseAllows(evaluation.phase, 'analyse')) {
    throw new UserError('conflict', 'evaluations.phase.wrongPhase');
  }
  if (questionId !== null) {
    const question = await db.evaluationQuestion.findFirst({
      where: { id: questionId, questionnaireId: q.id },
      select: { kind: true },
    });
    if (!question) throw new UserError('notFound', 'error.notFound');
    if (question.kind !== 'single') throw new UserError('badRequest', 'evaluations.questionnaire.breakdownSingle');
  }
  await db.$transaction(async (tx) => {
    await tx.evaluationQuestionnaire.update({ where: { id: q.id }, data: { breakdownQuestionId: questionId } });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuestionnaire',
      entityId: q.id,
      after: { breakdownQuestionId: questionId },
    });
  });
  return { breakdownQuestionId: questionId };
}

/** Open a draft for answers (data collection, at least one question), or close an open one. */
export async function setQuestionnaireStatus(
  db: Db,
  actorId: string,
  evaluation: EvaluationInScope,
  q: QuestionnaireInScope,
  to: 'open' | 'closed',
) {
  if (to === 'open') assertPhaseAllows(evaluation, 'collect');
  return db.$transaction(async (tx) => {
    const from = to === 'open' ? 'draft' : 'open';
    // The row lock first, so the question count below cannot change before the move.
    await tx.$queryRaw`SELECT "id" FROM "EvaluationQuestionnaire" WHERE "id" = ${q.id} FOR UPDATE`;
    if (to === 'open' && (await tx.evaluationQuestion.count({ where: { questionnaireId: q.id } })) === 0) {
      throw new UserError('conflict', 'evaluations.questionnaire.noQuestions');
    }
    // Conditional: of two clicks (or an open and a question save) only one moves it.
    const moved = await tx.evaluationQuestionnaire.updateMany({
      where: { id: q.id, status: from },
      data: { status: to },
    });
    if (moved.count !== 1) {
      throw new UserError(
        'conflict',
        to === 'open' ? 'evaluations.questionnaire.notDraft' : 'evaluations.questionnaire.notOpen',
      );
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuestionnaire',
      entityId: q.id,
      before: { status: from },
      after: { status: to },
    });
    return { status: to };
  });
}
