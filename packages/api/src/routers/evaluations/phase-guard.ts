import { type EvaluationActivity, type EvaluationPhase, UserError, phaseAllows } from '@knutepunkt/domain';

/** Refuse what the evaluation's phase does not allow (domain/src/evaluations/phases.ts). */
export function assertPhaseAllows(evaluation: { phase: EvaluationPhase }, activity: EvaluationActivity): void {
  if (!phaseAllows(evaluation.phase, activity)) {
    throw new UserError('conflict', 'evaluations.phase.wrongPhase');
  }
}
