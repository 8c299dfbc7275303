import { z } from 'zod';
import { meetingFields } from '../meetings/schemas.ts';
import { idField, requiredText } from '../schemas/fields.ts';

/** Limits of the analysis (docs/adr/0025): themes, findings, quotes and the lead's override. */
export const ANALYSIS_LIMITS = {
  themeTitle: 200,
  themeDescription: 2_000,
  finding: 5_000,
  quote: 1_000,
  overrideReason: 500,
  notesPerFinding: 500,
} as const;

const text = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });

/** A new theme (no `themeId`) or a change to one. */
export const analysisThemeInput = z.object({
  evaluationId: idField,
  themeId: idField.nullish(),
  title: requiredText(ANALYSIS_LIMITS.themeTitle),
  description: text(ANALYSIS_LIMITS.themeDescription),
});

/** Up or down one place among its siblings. */
export const analysisMoveInput = z.object({
  direction: z.enum(['up', 'down'], { error: 'validation.choice' }),
});

/** A new finding in the theme (no `findingId`), or a change to one (which may move it to this theme). */
export const analysisFindingInput = z.object({
  themeId: idField,
  findingId: idField.nullish(),
  text: requiredText(ANALYSIS_LIMITS.finding),
  shared: z.boolean({ error: 'validation.invalid' }),
  noteIds: z
    .array(idField, { error: 'validation.invalid' })
    .max(ANALYSIS_LIMITS.notesPerFinding, { error: 'validation.invalid' }),
});

export const analysisQuoteInput = z.object({
  findingId: idField,
  noteId: idField.nullish(),
  text: requiredText(ANALYSIS_LIMITS.quote),
});

export const analysisQuoteUpdateInput = z.object({
  quoteId: idField,
  text: requiredText(ANALYSIS_LIMITS.quote),
});

/** The lead lets a flagged quote out of the team: the reason is required and recorded. */
export const analysisQuoteOverrideInput = z.object({
  quoteId: idField,
  reason: requiredText(ANALYSIS_LIMITS.overrideReason),
});

/**
 * The dialogue meeting is a meeting of the meetings module: the meetings' own planning fields
 * (times in Oslo, place, registration), without the title, which is «Dialogmøte: <evaluation>».
 */
export const dialogueMeetingInput = meetingFields.omit({ title: true }).extend({ evaluationId: idField });
