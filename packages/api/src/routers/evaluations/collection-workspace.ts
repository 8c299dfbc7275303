import type { Db } from '@knutepunkt/db';
import { type EvaluationPhase, guideQuestions, phaseAllows } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw } from './cipher.ts';
import { type InterviewInScope, newestGuide, parseThemes } from './collection-scope.ts';
import { recordRawReads } from './raw-reads.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The team's workspace (docs/adr/0025): the evaluation's facts, the current guide and consent
 * text, the counts and the interviews list. It shows codes, days and numbers, never a note's
 * text, so it opens no sealed value. Every count is computed from the interviews that remain,
 * so a withdrawn consent leaves every count at once.
 */
export async function collectionWorkspace(db: Db, evaluation: EvaluationInScope) {
  const [settings, guide, interviews] = await Promise.all([
    db.evaluation.findUniqueOrThrow({
      where: { id: evaluation.id },
      select: { consentText: true, consentVersion: true },
    }),
    newestGuide(db, evaluation.id),
    db.evaluationInterview.findMany({
      where: { evaluationId: evaluation.id },
      orderBy: [{ heldOn: 'desc' }, { code: 'asc' }],
      select: {
        id: true,
        code: true,
        kind: true,
        heldOn: true,
        participants: true,
        consentAt: true,
        updatedAt: true,
        guideVersion: { select: { themes: true } },
        notes: { select: { updatedAt: true } },
      },
    }),
  ]);
  const rows = interviews.map((i) => {
    const lastNote = Math.max(0, ...i.notes.map((n) => n.updatedAt.getTime()));
    return {
      id: i.id,
      code: i.code,
      kind: i.kind,
      heldOn: i.heldOn,
      participants: i.participants,
      consentGiven: i.consentAt !== null,
      notesFilled: i.notes.length,
      questions: guideQuestions(parseThemes(i.guideVersion.themes)).length,
      lastChangedAt: new Date(Math.max(i.updatedAt.getTime(), lastNote)),
    };
  });
  const phase = evaluation.phase as EvaluationPhase;
  return {
    id: evaluation.id,
    title: evaluation.title,
    phase,
    canCollect: phaseAllows(phase, 'collect'),
    minGroupSize: evaluation.minGroupSize,
    consentText: settings.consentText,
    consentVersion: settings.consentVersion,
    guide: guide ? { version: guide.version, themes: parseThemes(guide.themes) } : null,
    counts: {
      group: rows.filter((r) => r.kind === 'group').length,
      individual: rows.filter((r) => r.kind === 'individual').length,
      participants: rows.reduce((sum, r) => sum + r.participants, 0),
      withConsent: rows.filter((r) => r.consentGiven).length,
    },
    interviews: rows,
  };
}

/**
 * One interview with its notes opened, per guide question of the version it was held on. A raw
 * read: one row for the interview and one per note goes to the log (in the same transaction
 * as the reading), with the «break the glass» grant when an admin reads.
 */
export async function interviewWithNotes(
  db: Db,
  actorId: string,
  keyring: RawDataKeyring,
  evaluation: EvaluationInScope,
  scope: InterviewInScope,
) {
  return db.$transaction(async (tx) => {
    const [row, settings, quotesTaken] = await Promise.all([
      tx.evaluationInterview.findUniqueOrThrow({
        where: { id: scope.id },
        select: {
          id: true,
          code: true,
          kind: true,
          heldOn: true,
          participants: true,
          consentAt: true,
          consentVersion: true,
          updatedAt: true,
          consentById: true,
          guideVersion: { select: { version: true, themes: true } },
          notes: {
            select: {
              id: true,
              questionKey: true,
              body: true,
              revision: true,
              warningKinds: true,
              warnedPassageKept: true,
              updatedAt: true,
            },
          },
        },
      }),
      tx.evaluation.findUniqueOrThrow({
        where: { id: evaluation.id },
        select: { consentText: true, consentVersion: true },
      }),
      tx.evaluationQuote.count({ where: { note: { interviewId: scope.id } } }),
    ]);
    await recordRawReads(tx, actorId, evaluation, 'interview', [row.id]);
    await recordRawReads(
      tx,
      actorId,
      evaluation,
      'note',
      row.notes.map((n) => n.id),
    );
    const { notes, guideVersion, consentById, ...facts } = row;
    // The schema keeps only the id of who obtained the consent; their name is looked up.
    const consentBy = consentById
      ? await tx.user.findUnique({ where: { id: consentById }, select: { name: true } })
      : null;
    const phase = evaluation.phase as EvaluationPhase;
    return {
      ...facts,
      evaluation: { id: evaluation.id, title: evaluation.title, phase, canCollect: phaseAllows(phase, 'collect') },
      consent: {
        text: settings.consentText,
        currentVersion: settings.consentVersion,
        givenBy: consentBy?.name ?? null,
      },
      guide: { version: guideVersion.version, themes: parseThemes(guideVersion.themes) },
      notes: notes.map(({ body, ...n }) => ({ ...n, body: openRaw(keyring, body) })),
      /** What withdrawing the consent would delete besides the interview. */
      quotesTaken,
    };
  });
}
