import type { Db } from '@knutepunkt/db';
import { type SaveNoteInput, UserError, findReidentifyingPassages, guideQuestions } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { isUniqueViolation } from '../../unique.ts';
import { type RawDataKeyring, sealRaw } from './cipher.ts';
import { type InterviewInScope, parseThemes } from './collection-scope.ts';
import { assertPhaseAllows } from './phase-guard.ts';
import type { EvaluationInScope } from './scope.ts';

/** Someone else (another tab, another team member) saved the note since this text was loaded. */
const conflict = () => new UserError('conflict', 'evaluations.note.conflict');

/** What the re-identification check found in a text: the distinct kinds, never the words. */
export function warningKindsOf(body: string): string[] {
  return [...new Set(findReidentifyingPassages(body).map((h) => h.kind))];
}

/**
 * One save of a note as the team member writes (docs/adr/0025). The note is sealed; a save
 * names the revision it was edited from (0 for a new note) and only that revision is replaced,
 * by a conditional write, so two tabs never overwrite each other: the later one is told and
 * nothing changes. The server runs the re-identification check too and keeps which kinds it
 * found and whether a passage the form warned about was kept. An empty text deletes the note.
 * The audit log gets the note's key, revision and warning kinds, never its text.
 */
export async function saveNote(
  db: Db,
  actorId: string,
  keyring: RawDataKeyring,
  evaluation: EvaluationInScope,
  interview: InterviewInScope,
  input: Omit<SaveNoteInput, 'interviewId'>,
) {
  assertPhaseAllows(evaluation, 'collect');
  const guide = await db.evaluationGuideVersion.findUniqueOrThrow({
    where: { id: interview.guideVersionId },
    select: { themes: true },
  });
  if (!guideQuestions(parseThemes(guide.themes)).some((q) => q.key === input.questionKey)) {
    throw new UserError('badRequest', 'evaluations.note.unknownQuestion');
  }
  const warningKinds = warningKindsOf(input.body);
  const warnedPassageKept = input.warningShown && warningKinds.length > 0;
  const where = { interviewId_questionKey: { interviewId: interview.id, questionKey: input.questionKey } };
  const audit = { interviewId: interview.id, questionKey: input.questionKey };

  return db.$transaction(async (tx) => {
    const stored = await tx.evaluationNote.findUnique({ where, select: { id: true, revision: true } });
    if ((stored?.revision ?? 0) !== input.revision) throw conflict();

    if (input.body.trim() === '') {
      if (stored) {
        const gone = await tx.evaluationNote.deleteMany({ where: { id: stored.id, revision: input.revision } });
        if (gone.count === 0) throw conflict();
        await recordAudit(tx, {
          actorId,
          action: 'delete',
          entity: 'evaluationNote',
          entityId: stored.id,
          before: audit,
        });
      }
      return { revision: 0, savedAt: new Date(), warningKinds: [] as string[] };
    }

    const body = sealRaw(keyring, input.body);
    const data = { body, warningKinds, warnedPassageKept, updatedById: actorId };
    let saved: { id: string; revision: number; updatedAt: Date };
    if (!stored) {
      try {
        saved = await tx.evaluationNote.create({
          data: { interviewId: interview.id, questionKey: input.questionKey, revision: 1, ...data },
          select: { id: true, revision: true, updatedAt: true },
        });
      } catch (error) {
        // Another tab created it a moment ago: the unique key says so.
        if (isUniqueViolation(error)) throw conflict();
        throw error;
      }
    } else {
      // Only the revision this text was edited from is replaced (a concurrent save moved it on).
      const moved = await tx.evaluationNote.updateMany({
        where: { id: stored.id, revision: input.revision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (moved.count === 0) throw conflict();
      saved = await tx.evaluationNote.findUniqueOrThrow({
        where: { id: stored.id },
        select: { id: true, revision: true, updatedAt: true },
      });
    }
    await recordAudit(tx, {
      actorId,
      action: stored ? 'update' : 'create',
      entity: 'evaluationNote',
      entityId: saved.id,
      after: { ...audit, revision: saved.revision, warningKinds, warnedPassageKept },
    });
    return { revision: saved.revision, savedAt: saved.updatedAt, warningKinds };
  });
}
