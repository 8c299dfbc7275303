import type { MessageKey } from '../i18n/catalogues/all.ts';

/**
 * An evaluation's life (docs/adr/0025): the agreement is recorded, the work planned, data
 * collected, analysed into findings, the report reviewed by the service, published and
 * followed up, then closed. The lead moves it on (and may step back one phase until the
 * report is published); each phase opens some activities and closes others.
 */
export const EVALUATION_PHASES = [
  'agreement',
  'planning',
  'collection',
  'analysis',
  'review',
  'published',
  'closed',
] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];

const NEXT: Record<EvaluationPhase, readonly EvaluationPhase[]> = {
  agreement: ['planning'],
  planning: ['agreement', 'collection'],
  collection: ['planning', 'analysis'],
  analysis: ['collection', 'review'],
  review: ['analysis', 'published'],
  published: ['closed'],
  closed: [],
};

export function canMoveTo(from: EvaluationPhase, to: EvaluationPhase): boolean {
  return NEXT[from].includes(to);
}

export function nextPhases(from: EvaluationPhase): readonly EvaluationPhase[] {
  return NEXT[from];
}

/** What a phase allows. The services check it and refuse with a translated conflict otherwise. */
export type EvaluationActivity =
  /** Agreement and plan, team, training, guide, questionnaire design. */
  | 'plan'
  /** Interviews, consents, notes, paper questionnaires; web answers while a questionnaire is open. */
  | 'collect'
  /** Themes, findings, quotes; sharing preliminary findings; the dialogue meeting. */
  | 'analyse'
  /** Writing the report and its recommendations. */
  | 'writeReport'
  /** Service contacts comment on the report. */
  | 'comment'
  /** The service's responses and follow-up statuses. */
  | 'followUp';

const ALLOWED: Record<EvaluationActivity, readonly EvaluationPhase[]> = {
  plan: ['agreement', 'planning', 'collection'],
  collect: ['collection', 'analysis'],
  analyse: ['collection', 'analysis', 'review'],
  writeReport: ['analysis', 'review'],
  comment: ['review'],
  followUp: ['published'],
};

export function phaseAllows(phase: EvaluationPhase, activity: EvaluationActivity): boolean {
  return ALLOWED[activity].includes(phase);
}

/** The facts a move's preconditions need, gathered by the API. */
export interface TransitionFacts {
  hasCommissioner: boolean;
  hasService: boolean;
  hasPurpose: boolean;
  hasMethods: boolean;
  /** Team members besides the lead. */
  teamSize: number;
  hasGuide: boolean;
  recommendations: number;
  hasSummary: boolean;
}

/** Why a move cannot be made now (a message key), or null when it can. Moves back need nothing. */
export function transitionProblem(
  from: EvaluationPhase,
  to: EvaluationPhase,
  facts: TransitionFacts,
): MessageKey | null {
  if (!canMoveTo(from, to)) return 'evaluations.phase.notAllowed';
  const forward = EVALUATION_PHASES.indexOf(to) > EVALUATION_PHASES.indexOf(from);
  if (!forward) return null;
  if (to === 'planning' && !(facts.hasCommissioner && facts.hasService && facts.hasPurpose)) {
    return 'evaluations.phase.needsAgreement';
  }
  if (to === 'collection') {
    if (!facts.hasMethods) return 'evaluations.phase.needsMethods';
    if (facts.teamSize < 1) return 'evaluations.phase.needsTeam';
    if (!facts.hasGuide) return 'evaluations.phase.needsGuide';
  }
  if (to === 'review' || to === 'published') {
    if (facts.recommendations < 1) return 'evaluations.phase.needsRecommendation';
    if (!facts.hasSummary) return 'evaluations.phase.needsSummary';
  }
  return null;
}
