import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import { EVALUATION_PHASES } from './phases.ts';

/** The input naming one evaluation; every evaluation procedure's builder starts from it (docs/adr/0025). */
export const evaluationIdInput = z.object({ evaluationId: idField });

/** The lead moves the evaluation to another phase (domain/src/evaluations/phases.ts says which). */
export const evaluationPhaseInput = z.object({
  evaluationId: idField,
  to: z.enum(EVALUATION_PHASES, { error: 'validation.invalid' }),
});

/** The smallest group ever shown outside the team; the lead may raise it (KORUS uses 10), never lower it. */
export const MIN_GROUP_SIZE_FLOOR = 5;
/** Months raw data is kept after publication, unless the plan says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 6;
