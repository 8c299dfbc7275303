import { z } from 'zod';
import type { evaluationsSharedReport } from '../i18n/messages/evaluations/shared-report.ts';
import { idField } from '../schemas/fields.ts';

/**
 * The report's inputs (docs/adr/0025): the lead writes the Markdown sections and the
 * recommendations; the service contacts comment on a section while the report is in review.
 * Every text is bounded so a paste of a whole book is refused with a clear message.
 */
export const REPORT_SECTION_MAX = 20_000;
export const RECOMMENDATION_TITLE_MAX = 300;
export const RECOMMENDATION_BODY_MAX = 5_000;
export const REPORT_COMMENT_MAX = 2_000;

const markdown = (max: number) => z.string({ error: 'validation.invalid' }).max(max, { error: 'validation.tooLong' });

export const saveReportInput = z.object({
  evaluationId: idField,
  summary: markdown(REPORT_SECTION_MAX),
  background: markdown(REPORT_SECTION_MAX),
  method: markdown(REPORT_SECTION_MAX),
  easyRead: markdown(REPORT_SECTION_MAX),
  /** The questionnaire whose results the report shows; it must be one of the evaluation's. */
  questionnaireId: idField.nullable(),
});
export type SaveReportInput = z.infer<typeof saveReportInput>;

export const saveRecommendationInput = z.object({
  evaluationId: idField,
  /** Absent for a new recommendation. */
  id: idField.optional(),
  title: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(RECOMMENDATION_TITLE_MAX, { error: 'validation.tooLong' }),
  body: markdown(RECOMMENDATION_BODY_MAX),
});
export type SaveRecommendationInput = z.infer<typeof saveRecommendationInput>;

export const moveRecommendationInput = z.object({
  direction: z.enum(['up', 'down'], { error: 'validation.invalid' }),
});

export const resolveCommentInput = z.object({ resolved: z.boolean({ error: 'validation.invalid' }) });

/** The sections a service contact may comment on; a recommendation is named by its id. */
export const REPORT_SECTIONS = [
  'summary',
  'background',
  'method',
  'findings',
  'recommendations',
  'results',
  'easyRead',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const commentOnReportInput = z.object({
  evaluationId: idField,
  /** One of REPORT_SECTIONS, or a recommendation's id. */
  section: idField,
  body: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(REPORT_COMMENT_MAX, { error: 'validation.tooLong' }),
});
export type CommentOnReportInput = z.infer<typeof commentOnReportInput>;

export const sendReportToParticipantsInput = z.object({
  evaluationId: idField,
  /** Send again although it was sent before. */
  again: z.boolean({ error: 'validation.invalid' }).optional(),
});

/** The keys the shared report component (packages/ui ReportView) uses: in a shared file, so both apps ship them. */
export type ReportMessageKey = keyof typeof evaluationsSharedReport | 'evaluations.fewerThan';
