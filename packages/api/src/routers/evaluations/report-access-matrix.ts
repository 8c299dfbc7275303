import {
  EVALUATION_MANAGE,
  EVALUATION_SERVICE,
  EVALUATION_SERVICE_ONLY,
  type ModuleMatrix,
} from '../../testing/access-expectations.ts';

/**
 * The report's rows (docs/adr/0025), on world.evaluations.report (led by `lead`, org4 the
 * service `serviceContact` edits): the lead's work in the admin app, the service's review on
 * the web app. Spread into access-matrix.ts.
 */
export const reportMatrix = {
  web: {
    reportForReview: {
      input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId }),
      expect: EVALUATION_SERVICE,
    },
    commentOnReport: {
      input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId, section: 'summary', body: 'Fint.' }),
      expect: EVALUATION_SERVICE_ONLY,
    },
  },
  admin: {
    report: { input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId }), expect: EVALUATION_MANAGE },
    reportPreview: {
      input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId }),
      expect: EVALUATION_MANAGE,
    },
    saveReport: {
      input: (w) => ({
        evaluationId: w.evaluations.report.review.evaluationId,
        summary: 'Nytt sammendrag.',
        background: '',
        method: '',
        easyRead: '',
        questionnaireId: null,
      }),
      expect: EVALUATION_MANAGE,
    },
    saveRecommendation: {
      input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId, title: 'Ny anbefaling', body: '' }),
      expect: EVALUATION_MANAGE,
    },
    deleteRecommendation: {
      input: (w) => ({ recommendationId: w.evaluations.report.review.recommendationIds[1] }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    moveRecommendation: {
      input: (w) => ({ recommendationId: w.evaluations.report.review.recommendationIds[0], direction: 'down' }),
      expect: EVALUATION_MANAGE,
    },
    resolveComment: {
      input: (w) => ({ commentId: w.evaluations.report.review.commentId, resolved: true }),
      expect: EVALUATION_MANAGE,
    },
    sendForReview: {
      input: (w) => ({ evaluationId: w.evaluations.report.analysis.evaluationId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    publish: {
      input: (w) => ({ evaluationId: w.evaluations.report.review.evaluationId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    sendToParticipants: {
      input: (w) => ({ evaluationId: w.evaluations.published.evaluationId }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
  },
} satisfies ModuleMatrix;
