import { randomBytes } from 'node:crypto';
import type { Db, Prisma } from '@knutepunkt/db';
import {
  type AnswerInput,
  type CheckedAnswer,
  type EvaluationQuestionKind,
  type QuestionForAnswer,
  UserError,
  checkAnswers,
  evaluationPaths,
  osloDate,
  phaseAllows,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { type RawDataKeyring, sealRaw } from './cipher.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';
import { hashResponseToken, newResponseToken } from './tokens.ts';

/**
 * Questionnaire answers (docs/adr/0025): on the web through a one-time link (no sign-in), or
 * entered from paper by the team. The link is claimed once under a conditional update and the
 * response is not linked to it; the response keeps only the day it came in, and free text is
 * sealed before it is stored.
 */

type Tx = Prisma.TransactionClient;

const QUESTION_FIELDS = { id: true, kind: true, text: true, options: true, required: true } as const;

/** The form as a respondent sees it. */
async function questionsOf(db: Db | Tx, questionnaireId: string) {
  const rows = await db.evaluationQuestion.findMany({
    where: { questionnaireId },
    orderBy: { position: 'asc' },
    select: QUESTION_FIELDS,
  });
  return rows.map((q) => ({ ...q, kind: q.kind as EvaluationQuestionKind }));
}

const linkInvalid = () => new UserError('notFound', 'evaluations.web.questionnaire.linkInvalid');

/** The questionnaire behind an unused link, while it is open and its evaluation collects data. */
async function findByToken(db: Db | Tx, token: string) {
  const row = await db.evaluationResponseToken.findUnique({
    where: { tokenHash: hashResponseToken(token) },
    select: {
      usedAt: true,
      questionnaire: {
        select: {
          id: true,
          title: true,
          intro: true,
          language: true,
          status: true,
          evaluation: { select: { phase: true } },
        },
      },
    },
  });
  const q = row?.questionnaire;
  if (!row || row.usedAt !== null || !q || q.status !== 'open' || !phaseAllows(q.evaluation.phase, 'collect')) {
    throw linkInvalid();
  }
  return q;
}

export async function questionnaireForToken(db: Db, token: string) {
  const q = await findByToken(db, token);
  return { title: q.title, intro: q.intro, language: q.language, questions: await questionsOf(db, q.id) };
}

function checked(questions: readonly QuestionForAnswer[], answers: readonly AnswerInput[]): CheckedAnswer[] {
  const result = checkAnswers(questions, answers);
  if (!result.ok) throw new UserError('badRequest', 'evaluations.answers.invalid', { fieldErrors: result.errors });
  return result.answers;
}

/**
 * A random id: a cuid carries its creation time, and a response's time must not point to
 * the person who answered (only the day is kept).
 */
const randomId = () => `r${randomBytes(12).toString('hex')}`;

async function storeResponse(
  tx: Tx,
  keyring: RawDataKeyring,
  questionnaireId: string,
  answers: CheckedAnswer[],
  extra: { mode: 'web' | 'paper'; enteredById?: string },
  now: Date,
) {
  const receivedOn = osloDate(now);
  const response = await tx.evaluationResponse.create({
    // createdAt at the day's start too, for the same reason as the id.
    data: { id: randomId(), questionnaireId, receivedOn, createdAt: new Date(`${receivedOn}T00:00:00Z`), ...extra },
    select: { id: true },
  });
  await tx.evaluationAnswer.createMany({
    data: answers.map((a) => ({
      id: randomId(),
      responseId: response.id,
      questionId: a.questionId,
      choices: a.choices,
      scale: a.scale,
      text: a.text === null ? null : sealRaw(keyring, a.text),
    })),
  });
  return response;
}

/**
 * A web answer: checked against the form, then in one transaction the link is claimed (only
 * the one request that finds it unused moves it; every other gets a conflict) and the response
 * stored. Not audited: an audit entry's time would date the response.
 */
export async function submitResponse(
  db: Db,
  keyring: RawDataKeyring,
  token: string,
  answers: AnswerInput[],
  now = new Date(),
) {
  const q = await findByToken(db, token);
  const valid = checked(await questionsOf(db, q.id), answers);
  await db.$transaction(async (tx) => {
    const claimed = await tx.evaluationResponseToken.updateMany({
      where: { tokenHash: hashResponseToken(token), usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new UserError('conflict', 'evaluations.web.questionnaire.alreadyUsed');
    await storeResponse(tx, keyring, q.id, valid, { mode: 'web' }, now);
  });
  return { ok: true as const };
}

/** The open questionnaires the team can enter paper forms for. */
export async function paperQuestionnaires(db: Db, evaluationId: string) {
  const rows = await db.evaluationQuestionnaire.findMany({
    where: { evaluationId, status: 'open' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, title: true, intro: true, language: true },
  });
  return Promise.all(rows.map(async (q) => ({ ...q, questions: await questionsOf(db, q.id) })));
}

/** A paper form entered by a team member: the same checks, the enterer recorded, audited. */
export async function enterPaperResponse(
  db: Db,
  keyring: RawDataKeyring,
  actorId: string,
  evaluation: EvaluationInScope,
  questionnaire: { id: string; status: string },
  answers: AnswerInput[],
  now = new Date(),
) {
  assertPhaseAllows(evaluation, 'collect');
  if (questionnaire.status !== 'open') throw new UserError('conflict', 'evaluations.questionnaire.notOpen');
  const valid = checked(await questionsOf(db, questionnaire.id), answers);
  return db.$transaction(async (tx) => {
    const response = await storeResponse(
      tx,
      keyring,
      questionnaire.id,
      valid,
      { mode: 'paper', enteredById: actorId },
      now,
    );
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'evaluationResponse',
      entityId: response.id,
      after: { questionnaireId: questionnaire.id, mode: 'paper' },
    });
    const entered = await tx.evaluationResponse.count({
      where: { questionnaireId: questionnaire.id, mode: 'paper', enteredById: actorId },
    });
    return { entered };
  });
}

/**
 * Make `count` one-time links. Only the tokens' hashes are stored, so the links are returned
 * this once and never again. Not for a closed questionnaire.
 */
export async function createLinks(
  db: Db,
  actorId: string,
  webUrl: string,
  evaluation: EvaluationInScope,
  questionnaire: { id: string; status: string },
  count: number,
) {
  if (!phaseAllows(evaluation.phase, 'plan') && !phaseAllows(evaluation.phase, 'collect')) {
    throw new UserError('conflict', 'evaluations.phase.wrongPhase');
  }
  if (questionnaire.status === 'closed') throw new UserError('conflict', 'evaluations.questionnaire.closed');
  const tokens = Array.from({ length: count }, newResponseToken);
  await db.$transaction(async (tx) => {
    await tx.evaluationResponseToken.createMany({
      data: tokens.map((t) => ({ questionnaireId: questionnaire.id, tokenHash: hashResponseToken(t) })),
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'evaluationQuestionnaire',
      entityId: questionnaire.id,
      after: { linksCreated: count },
    });
  });
  const base = webUrl.replace(/\/$/, '');
  return { links: tokens.map((t) => `${base}${evaluationPaths.web.questionnaire}?lenke=${t}`) };
}
