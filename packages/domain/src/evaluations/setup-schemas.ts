import { z } from 'zod';
import { dayField } from '../conference/editing-schemas.ts';
import { LOCALES } from '../i18n/locale.ts';
import { emailField, idField, requiredText } from '../schemas/fields.ts';
import { DEFAULT_RETENTION_MONTHS, MIN_GROUP_SIZE_FLOOR } from './schemas.ts';

/**
 * Setting an evaluation up (docs/adr/0025): creating it, the agreement, the plan, the team and
 * its training. Every message is a key the server translates.
 */
export const EVALUATION_SETUP_LIMITS = {
  title: 200,
  /** Purpose, questions, scope, target groups: Markdown. */
  markdown: 20_000,
  consentText: 10_000,
  course: 200,
  /** Any planned count. */
  planned: 10_000,
  retentionMonths: { min: 1, max: 60 },
  minGroupSize: { min: MIN_GROUP_SIZE_FLOOR, max: 50 },
  /** Signed agreement files (scanned pages or one PDF). */
  agreementFiles: 10,
} as const;

export const EVALUATION_METHODS = ['group_interviews', 'individual_interviews', 'questionnaire'] as const;
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number];

const text = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });
const optionalId = idField.nullable();
const optionalDay = z
  .union([dayField, z.literal('')], { error: 'validation.invalid' })
  .nullable()
  .transform((v) => v || null);

export const evaluationCreateInput = z.object({
  title: requiredText(EVALUATION_SETUP_LIMITS.title),
  language: z.enum(LOCALES, { error: 'validation.choice' }),
  networkId: idField,
  centreOrganisationId: optionalId.optional().transform((v) => v ?? null),
});
export type EvaluationCreateInput = z.output<typeof evaluationCreateInput>;

export const evaluationAgreementInput = z
  .object({
    evaluationId: idField,
    commissionerOrganisationId: optionalId,
    serviceOrganisationId: optionalId,
    purpose: text(EVALUATION_SETUP_LIMITS.markdown),
    questions: text(EVALUATION_SETUP_LIMITS.markdown),
    scope: text(EVALUATION_SETUP_LIMITS.markdown),
    startsOn: optionalDay,
    endsOn: optionalDay,
    agreementSignedOn: optionalDay,
  })
  .superRefine((value, ctx) => {
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'evaluations.admin.setup.validation.endBeforeStart' });
  });
export type EvaluationAgreementInput = z.output<typeof evaluationAgreementInput>;

const count = z
  .number({ error: 'evaluations.admin.setup.validation.count' })
  .int({ error: 'evaluations.admin.setup.validation.count' })
  .min(0, { error: 'evaluations.admin.setup.validation.count' })
  .max(EVALUATION_SETUP_LIMITS.planned, { error: 'evaluations.admin.setup.validation.countTooLarge' });

export const evaluationPlanInput = z.object({
  evaluationId: idField,
  methods: z
    .array(z.enum(EVALUATION_METHODS, { error: 'validation.choice' }), { error: 'validation.invalid' })
    .max(EVALUATION_METHODS.length, { error: 'validation.invalid' })
    .transform((list) => [...new Set(list)]),
  targetGroups: text(EVALUATION_SETUP_LIMITS.markdown),
  plannedGroupInterviews: count,
  plannedIndividualInterviews: count,
  plannedParticipants: count,
  plannedQuestionnaireResponses: count,
  retentionMonths: z
    .number({ error: 'evaluations.admin.setup.validation.retention' })
    .int({ error: 'evaluations.admin.setup.validation.retention' })
    .min(EVALUATION_SETUP_LIMITS.retentionMonths.min, { error: 'evaluations.admin.setup.validation.retention' })
    .max(EVALUATION_SETUP_LIMITS.retentionMonths.max, { error: 'evaluations.admin.setup.validation.retention' })
    .default(DEFAULT_RETENTION_MONTHS),
  minGroupSize: z
    .number({ error: 'evaluations.admin.setup.validation.minGroupSize' })
    .int({ error: 'evaluations.admin.setup.validation.minGroupSize' })
    .min(EVALUATION_SETUP_LIMITS.minGroupSize.min, { error: 'evaluations.admin.setup.validation.minGroupSize' })
    .max(EVALUATION_SETUP_LIMITS.minGroupSize.max, { error: 'evaluations.admin.setup.validation.minGroupSize' }),
  consentText: text(EVALUATION_SETUP_LIMITS.consentText),
});
export type EvaluationPlanInput = z.output<typeof evaluationPlanInput>;

/** A person added to the team by the e-mail of their account. */
export const evaluationTeamAddInput = z.object({ evaluationId: idField, email: emailField });
/** A team member (to remove), or the new lead. */
export const evaluationPersonInput = z.object({ evaluationId: idField, userId: idField });

export const evaluationTrainingInput = z.object({
  evaluationId: idField,
  userId: idField,
  course: requiredText(EVALUATION_SETUP_LIMITS.course),
  completedOn: dayField,
});
export type EvaluationTrainingInput = z.output<typeof evaluationTrainingInput>;
