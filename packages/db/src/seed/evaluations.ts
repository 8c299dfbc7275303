import { createHash, randomBytes } from 'node:crypto';
import { addDaysToDate, addMonthsToDate, osloLocalToUtc, reidentificationKinds, utcToOslo } from '@knutepunkt/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { MOTEPLASSEN } from './evaluations-data-nb.ts';
import { DAGTILBODET } from './evaluations-data-nn.ts';
import {
  EVALUATION_LEAD,
  EVALUATION_NETWORK,
  type EvaluationSeedIds,
  type EvaluationSeedOptions,
  PUBLISHED_MONTHS_AGO,
  type SealRawText,
  type Tx,
  USER_INTERVIEWER,
  type WrittenEvaluation,
} from './evaluations-context.ts';
import { writeOutcome } from './evaluations-outcome.ts';
import type { EvaluationData } from './evaluations-shape.ts';

/**
 * Two Bruker Spør Bruker evaluations (docs/adr/0025, issue 11): Møteplassen in bokmål,
 * published seven months before the seed's `now` with the 6-month follow-up answered and the
 * 12-month one not yet due; and the nynorsk day service in Molde, collecting data.
 *
 * Notes, free-text answers and quotes are raw data and are only ever stored sealed: without
 * `sealRawText` (the db package's tests that do not care) those rows are left out rather than
 * stored as plain text, and the findings then rest on no notes.
 */
export async function seedEvaluations(
  tx: Tx,
  ids: EvaluationSeedIds,
  options: EvaluationSeedOptions,
  now: Date,
): Promise<void> {
  const today = utcToOslo(now).date;
  const publishedDay = addMonthsToDate(today, -PUBLISHED_MONTHS_AGO);
  const completed = await writeEvaluation(tx, ids, MOTEPLASSEN, publishedDay, options.sealRawText);
  await writeOutcome(tx, ids, MOTEPLASSEN, completed, publishedDay, options, now);
  await writeEvaluation(tx, ids, DAGTILBODET, today, options.sealRawText);
}

/** The agreement, plan, team, guide, interviews with consents and notes, and the questionnaire. */
async function writeEvaluation(
  tx: Tx,
  ids: EvaluationSeedIds,
  data: EvaluationData,
  anchor: string,
  seal: SealRawText | undefined,
): Promise<WrittenEvaluation> {
  const day = (n: number) => addDaysToDate(anchor, n);
  const at = (n: number, time: string) => osloLocalToUtc(day(n), time);
  const lead = ids.userId(EVALUATION_LEAD);
  const interviewer = ids.userId(USER_INTERVIEWER);
  const evaluation = await tx.evaluation.create({
    data: {
      slug: data.slug,
      title: data.title,
      language: data.language,
      networkId: ids.networkId(EVALUATION_NETWORK),
      centreOrganisationId: ids.organisationId(data.centre),
      commissionerOrganisationId: ids.organisationId(data.commissioner),
      serviceOrganisationId: ids.organisationId(data.service),
      leadId: lead,
      phase: 'collection',
      purpose: data.purpose,
      questions: data.questions,
      scope: data.scope,
      startsOn: day(data.days.starts),
      endsOn: day(data.days.ends),
      agreementSignedOn: day(data.days.agreementSigned),
      methods: [...data.methods],
      targetGroups: data.targetGroups,
      plannedGroupInterviews: data.planned.groupInterviews,
      plannedIndividualInterviews: data.planned.individualInterviews,
      plannedParticipants: data.planned.participants,
      plannedQuestionnaireResponses: data.planned.responses,
      retentionMonths: data.retentionMonths,
      consentText: data.consentText,
      createdAt: at(data.days.created, '10:00'),
      team: { create: { userId: interviewer, addedAt: at(data.days.training, '15:00') } },
      training: { create: { userId: interviewer, course: data.training, completedOn: day(data.days.training) } },
    },
  });
  const evaluationId = evaluation.id;
  const guide = await tx.evaluationGuideVersion.create({
    data: {
      evaluationId,
      version: 1,
      themes: data.guide as unknown as Prisma.InputJsonValue,
      createdById: lead,
      createdAt: at(data.days.guide, '14:00'),
    },
  });
  const questionKeys = new Set(data.guide.flatMap((t) => t.questions.map((q) => q.key)));
  const noteIds = new Map<string, string>();
  for (const interview of data.interviews) {
    const held = at(interview.day, '11:00');
    const row = await tx.evaluationInterview.create({
      data: {
        evaluationId,
        code: interview.code,
        kind: interview.kind,
        heldOn: day(interview.day),
        participants: interview.participants,
        guideVersionId: guide.id,
        consentById: interviewer,
        consentAt: held,
        consentVersion: 1,
        createdById: interviewer,
        createdAt: held,
      },
    });
    // Never plain text: without a sealing function the notes are not written at all.
    if (!seal) continue;
    for (const [questionKey, body] of Object.entries(interview.notes)) {
      if (!questionKeys.has(questionKey)) throw new Error(`Demo seed: unknown guide question "${questionKey}"`);
      const written = new Date(held.getTime() + 3 * 3_600_000);
      const note = await tx.evaluationNote.create({
        data: {
          interviewId: row.id,
          questionKey,
          body: seal(body),
          warningKinds: reidentificationKinds(body),
          updatedById: interviewer,
          createdAt: written,
          updatedAt: written,
        },
      });
      noteIds.set(`${interview.code}/${questionKey}`, note.id);
    }
  }
  const questionnaire = data.questionnaire
    ? await writeQuestionnaire(tx, evaluationId, data, day, interviewer, seal)
    : { questionnaireId: null, questionIds: [] };
  return { evaluationId, ...questionnaire, noteIds };
}

async function writeQuestionnaire(
  tx: Tx,
  evaluationId: string,
  data: EvaluationData,
  day: (n: number) => string,
  interviewer: string,
  seal: SealRawText | undefined,
): Promise<{ questionnaireId: string; questionIds: string[] }> {
  const q = data.questionnaire!;
  const questionnaire = await tx.evaluationQuestionnaire.create({
    data: { evaluationId, title: q.title, intro: q.intro, language: data.language, status: q.status },
  });
  const questionIds: string[] = [];
  for (const [position, question] of q.questions.entries()) {
    const created = await tx.evaluationQuestion.create({
      data: {
        questionnaireId: questionnaire.id,
        position,
        kind: question.kind,
        text: question.text,
        options: [...(question.options ?? [])],
      },
    });
    questionIds.push(created.id);
  }
  if (q.breakdown !== undefined) {
    await tx.evaluationQuestionnaire.update({
      where: { id: questionnaire.id },
      data: { breakdownQuestionId: questionIds[q.breakdown]! },
    });
  }
  for (const [i, answers] of q.responses.entries()) {
    const receivedOn = day(q.days[i % q.days.length]!);
    await tx.evaluationResponse.create({
      data: {
        questionnaireId: questionnaire.id,
        mode: q.mode,
        enteredById: q.mode === 'paper' ? interviewer : null,
        receivedOn,
        // The day only, as the API stores it: the time of an answer must not point to a person.
        createdAt: new Date(`${receivedOn}T00:00:00Z`),
        answers: {
          create: answers.flatMap((answer, qi): Prisma.EvaluationAnswerUncheckedCreateWithoutResponseInput[] => {
            const kind = q.questions[qi]!.kind;
            const questionId = questionIds[qi]!;
            if (answer === null) return [];
            if (kind === 'text') return seal ? [{ questionId, text: seal(q.texts[answer as number]!) }] : [];
            if (kind === 'scale') return [{ questionId, scale: answer as number }];
            return [{ questionId, choices: typeof answer === 'number' ? [answer] : [...answer] }];
          }),
        },
      },
    });
  }
  if (q.mode === 'web') {
    // One link per response already given (used) and a few still out; only hashes are kept,
    // of tokens nobody is ever shown, and a response is never linked to its token.
    const sent = osloLocalToUtc(day(Math.min(...q.days) - 1), '09:00');
    const links = q.responses.length + (q.unusedLinks ?? 0);
    await tx.evaluationResponseToken.createMany({
      data: Array.from({ length: links }, (_, i) => ({
        questionnaireId: questionnaire.id,
        tokenHash: createHash('sha256').update(randomBytes(24).toString('base64url')).digest('hex'),
        usedAt: i < q.responses.length ? osloLocalToUtc(day(q.days[i % q.days.length]!), '12:00') : null,
        createdAt: sent,
      })),
    });
  }
  return { questionnaireId: questionnaire.id, questionIds };
}
