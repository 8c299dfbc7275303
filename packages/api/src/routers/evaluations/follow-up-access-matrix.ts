import {
  EVALUATION_MANAGE,
  EVALUATION_SERVICE,
  EVALUATION_SERVICE_ONLY,
  type ModuleMatrix,
  PUBLIC,
  none,
} from '../../testing/access-expectations.ts';

/**
 * The published reports (everyone) and the follow-up (docs/adr/0025), on world.evaluations.published:
 * the service contacts answer, the lead and admins read along, the lead closes.
 */
export const followUpMatrix = {
  web: {
    reports: { input: none, expect: PUBLIC },
    report: { input: (w) => ({ slug: w.evaluations.published.slug }), expect: PUBLIC },
    followUp: { input: (w) => ({ evaluationId: w.evaluations.published.evaluationId }), expect: EVALUATION_SERVICE },
    respondToRecommendation: {
      input: (w) => ({
        recommendationId: w.evaluations.published.recommendationId,
        response: 'partly',
        plannedAction: 'Prøve ut kveldsåpent én dag i uka.',
        responsible: 'Leder for dagsenteret',
      }),
      expect: EVALUATION_SERVICE_ONLY,
    },
    giveStatus: {
      input: (w) => ({
        recommendationId: w.evaluations.published.recommendationId,
        status: 'in_progress',
        comment: '',
      }),
      expect: EVALUATION_SERVICE_ONLY,
    },
  },
  admin: {
    followUpOverview: {
      input: (w) => ({ evaluationId: w.evaluations.published.evaluationId }),
      expect: EVALUATION_MANAGE,
    },
    requestFollowUpNow: {
      input: (w) => ({ evaluationId: w.evaluations.published.evaluationId, months: 12 }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    closeFollowUp: {
      input: (w) => ({ evaluationId: w.evaluations.published.evaluationId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
  },
} satisfies ModuleMatrix;
