import { describe, expect, test } from 'vitest';
import { EVALUATION_PHASES, type TransitionFacts, canMoveTo, phaseAllows, transitionProblem } from './phases.ts';

const ready: TransitionFacts = {
  hasCommissioner: true,
  hasService: true,
  hasPurpose: true,
  hasMethods: true,
  teamSize: 2,
  hasGuide: true,
  recommendations: 3,
  hasSummary: true,
};

describe('evaluation phases', () => {
  test('each phase moves one step forward, or back one until the report is published', () => {
    const moves = EVALUATION_PHASES.flatMap((from) =>
      EVALUATION_PHASES.filter((to) => canMoveTo(from, to)).map((to) => `${from}→${to}`),
    );
    expect(moves).toEqual([
      'agreement→planning',
      'planning→agreement',
      'planning→collection',
      'collection→planning',
      'collection→analysis',
      'analysis→collection',
      'analysis→review',
      'review→analysis',
      'review→published',
      'published→closed',
    ]);
  });

  test('a move that skips a phase, or leaves a closed evaluation, is refused', () => {
    expect(transitionProblem('agreement', 'collection', ready)).toBe('evaluations.phase.notAllowed');
    expect(transitionProblem('closed', 'published', ready)).toBe('evaluations.phase.notAllowed');
    expect(transitionProblem('published', 'review', ready)).toBe('evaluations.phase.notAllowed');
  });

  test('moving forward needs what the next phase rests on', () => {
    expect(transitionProblem('agreement', 'planning', { ...ready, hasService: false })).toBe(
      'evaluations.phase.needsAgreement',
    );
    expect(transitionProblem('planning', 'collection', { ...ready, teamSize: 0 })).toBe('evaluations.phase.needsTeam');
    expect(transitionProblem('planning', 'collection', { ...ready, hasGuide: false })).toBe(
      'evaluations.phase.needsGuide',
    );
    expect(transitionProblem('planning', 'collection', { ...ready, hasMethods: false })).toBe(
      'evaluations.phase.needsMethods',
    );
    expect(transitionProblem('analysis', 'review', { ...ready, recommendations: 0 })).toBe(
      'evaluations.phase.needsRecommendation',
    );
    expect(transitionProblem('review', 'published', { ...ready, hasSummary: false })).toBe(
      'evaluations.phase.needsSummary',
    );
    expect(transitionProblem('analysis', 'review', ready)).toBeNull();
  });

  test('moving back needs nothing', () => {
    const empty: TransitionFacts = { ...ready, teamSize: 0, hasGuide: false, recommendations: 0, hasSummary: false };
    expect(transitionProblem('review', 'analysis', empty)).toBeNull();
    expect(transitionProblem('collection', 'planning', empty)).toBeNull();
  });

  test('raw data is collected only in collection and analysis; statuses only once published', () => {
    expect(EVALUATION_PHASES.filter((p) => phaseAllows(p, 'collect'))).toEqual(['collection', 'analysis']);
    expect(EVALUATION_PHASES.filter((p) => phaseAllows(p, 'followUp'))).toEqual(['published']);
    expect(EVALUATION_PHASES.filter((p) => phaseAllows(p, 'comment'))).toEqual(['review']);
  });
});
