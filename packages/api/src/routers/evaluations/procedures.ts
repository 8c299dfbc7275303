import type { Db } from '@knutepunkt/db';
import { type EvaluationAction, evaluationAccess, evaluationIdInput, idField } from '@knutepunkt/domain';
import { type ResourceRule, type SignedInProcedure, scopedProcedure } from '../../procedures/index.ts';
import { type EvaluationInScope, loadEvaluation, loadWithEvaluation } from './scope.ts';
import { z } from 'zod';

/**
 * Who may do what with a Bruker Spør Bruker evaluation, as procedure builders (ADR 8,
 * docs/adr/0025): each loads the evaluation named in the input, applies the domain's
 * decision for the action (`manage`: the lead and admins; `team`: the lead and team members,
 * admins only through «break the glass»; `service`: the service contacts, the lead and
 * admins) and puts the evaluation in ctx. Everyone else signed in gets 404.
 */
export function evaluationRule(
  action: EvaluationAction,
): ResourceRule<typeof evaluationIdInput, { evaluation: EvaluationInScope }> {
  return {
    input: evaluationIdInput,
    load: async (db, input) => {
      const evaluation = await loadEvaluation(db, input.evaluationId);
      return evaluation && { evaluation };
    },
    decide: (actor, { evaluation }) => evaluationAccess(actor, evaluation.access, action),
  };
}

/** An action on the evaluation named by `evaluationId`; ctx gets `evaluation`. */
export const evaluationProcedure = (action: EvaluationAction, base?: SignedInProcedure) =>
  scopedProcedure(evaluationRule(action), base);

/**
 * A rule for a thing inside an evaluation, named by its own id field (`interviewId`,
 * `recommendationId`, …): `find` loads it with its `evaluationId`; the decision is the
 * evaluation's. ctx gets `evaluation` and `item`.
 */
export function evaluationPartRule<Key extends string, T extends { evaluationId: string }>(
  key: Key,
  action: EvaluationAction,
  find: (db: Db, id: string) => Promise<T | null>,
) {
  const input = z.object({ [key]: idField } as Record<Key, typeof idField>);
  const rule: ResourceRule<typeof input, { evaluation: EvaluationInScope; item: T }> = {
    input,
    load: (db, parsed) => loadWithEvaluation(db, () => find(db, (parsed as Record<Key, string>)[key])),
    decide: (actor, { evaluation }) => evaluationAccess(actor, evaluation.access, action),
  };
  return rule;
}

/** A builder from evaluationPartRule. */
export const evaluationPartProcedure = <Key extends string, T extends { evaluationId: string }>(
  key: Key,
  action: EvaluationAction,
  find: (db: Db, id: string) => Promise<T | null>,
  base?: SignedInProcedure,
) => scopedProcedure(evaluationPartRule(key, action, find), base);
