import type { Db } from '@knutepunkt/db';
import { type QuoteCheck, phaseAllows } from '@knutepunkt/domain';
import { type RawDataKeyring, openRaw, requireKeyring } from './cipher.ts';
import { NOTE_FOR_ANALYSIS, noteForAnalysis } from './analysis-notes.ts';
import { recordRawReads } from './raw-reads.ts';
import type { EvaluationInScope } from './scope.ts';

/**
 * The team's analysis (docs/adr/0025): themes, each with its findings, each with the notes it
 * rests on and its quotes with their check. Quotes' and notes' text is raw data: every one
 * opened here is recorded as read by the caller before it is returned.
 */
export async function analysisFor(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
) {
  const ring = requireKeyring(keyring);
  const themes = await db.evaluationTheme.findMany({
    where: { evaluationId: evaluation.id },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      description: true,
      findings: {
        orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true,
          text: true,
          shared: true,
          notes: { select: { note: { select: NOTE_FOR_ANALYSIS } } },
          quotes: {
            orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
            select: {
              id: true,
              noteId: true,
              text: true,
              check: true,
              checkKinds: true,
              overrideReason: true,
              overrideAt: true,
              createdAt: true,
            },
          },
        },
      },
    },
  });
  const noteIds = new Set<string>();
  const quoteIds: string[] = [];
  const result = themes.map((theme) => ({
    ...theme,
    findings: theme.findings.map((finding) => ({
      id: finding.id,
      text: finding.text,
      shared: finding.shared,
      notes: finding.notes.map(({ note }) => {
        noteIds.add(note.id);
        return noteForAnalysis(ring, note);
      }),
      quotes: finding.quotes.map((quote) => {
        quoteIds.push(quote.id);
        return { ...quote, check: quote.check as QuoteCheck, text: openRaw(ring, quote.text) };
      }),
    })),
  }));
  await recordRawReads(db, actorId, evaluation, 'note', [...noteIds]);
  await recordRawReads(db, actorId, evaluation, 'quote', quoteIds);
  return {
    evaluation: { id: evaluation.id, title: evaluation.title, phase: evaluation.phase, language: evaluation.language },
    /** The lead alone may let a flagged quote out of the team. */
    isLead: evaluation.leadId === actorId,
    mayEdit: phaseAllows(evaluation.phase, 'analyse'),
    themes: result,
  };
}

/** Every note of the evaluation, opened, to pick a finding's support and quotes from. Each is a raw read. */
export async function notesForAnalysis(
  db: Db,
  keyring: RawDataKeyring | null,
  actorId: string,
  evaluation: EvaluationInScope,
) {
  const ring = requireKeyring(keyring);
  const notes = await db.evaluationNote.findMany({
    where: { interview: { evaluationId: evaluation.id } },
    orderBy: [{ interview: { heldOn: 'asc' } }, { interview: { code: 'asc' } }, { questionKey: 'asc' }],
    select: NOTE_FOR_ANALYSIS,
  });
  await recordRawReads(
    db,
    actorId,
    evaluation,
    'note',
    notes.map((n) => n.id),
  );
  return notes.map((note) => noteForAnalysis(ring, note));
}
