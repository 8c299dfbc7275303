import { EVALUATION_MANAGE, EVALUATION_TEAM, type MatrixRow, PUBLIC } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The instruments' rows (docs/adr/0025): the guide and the questionnaires are the lead's
 * (admin app); paper entry is the team's; the web questionnaire is public, its link being the
 * permission. Submitting uses the link up, so that row runs each role on a fresh world.
 */
const evaluation = (w: World) => ({ evaluationId: w.evaluations.collecting.evaluationId });
const open = (w: World) => ({ questionnaireId: w.evaluations.collecting.questionnaireId });
const draft = (w: World) => ({ questionnaireId: w.instruments.draftQuestionnaireId });
const scaleAnswer = (w: World) => [{ questionId: w.evaluations.collecting.questionId, scale: 4 }];

const admin: Record<string, MatrixRow> = {
  guideVersions: { input: evaluation, expect: EVALUATION_MANAGE },
  guide: { input: evaluation, expect: EVALUATION_MANAGE },
  saveGuide: {
    input: (w) => ({
      ...evaluation(w),
      themes: [{ key: 't1', title: 'Å bli møtt', questions: [{ key: 'q1', text: 'Hvordan ble du møtt?' }] }],
    }),
    expect: EVALUATION_MANAGE,
    fresh: true,
  },
  questionnaires: { input: evaluation, expect: EVALUATION_MANAGE },
  questionnaire: { input: open, expect: EVALUATION_MANAGE },
  createQuestionnaire: {
    input: (w) => ({ ...evaluation(w), title: 'Nytt skjema', intro: '', language: 'nb' }),
    expect: EVALUATION_MANAGE,
    fresh: true,
  },
  updateQuestionnaire: {
    input: (w) => ({ ...draft(w), title: 'Nytt navn', intro: 'Takk for at du svarer.', language: 'nn' }),
    expect: EVALUATION_MANAGE,
    fresh: true,
  },
  saveQuestions: {
    input: (w) => ({
      ...draft(w),
      questions: [{ kind: 'text', text: 'Hva er viktigst for deg?', options: [], required: false }],
    }),
    expect: EVALUATION_MANAGE,
    fresh: true,
  },
  setBreakdown: {
    input: (w) => ({ ...draft(w), questionId: w.instruments.draftQuestionId }),
    expect: EVALUATION_MANAGE,
    fresh: true,
  },
  openQuestionnaire: { input: draft, expect: EVALUATION_MANAGE, fresh: true },
  closeQuestionnaire: { input: open, expect: EVALUATION_MANAGE, fresh: true },
  createLinks: { input: (w) => ({ ...open(w), count: 3 }), expect: EVALUATION_MANAGE, fresh: true },
};

const web: Record<string, MatrixRow> = {
  questionnaireForToken: { input: (w) => ({ token: w.evaluations.collecting.token }), expect: PUBLIC },
  submitResponse: {
    input: (w) => ({ token: w.evaluations.collecting.token, answers: scaleAnswer(w) }),
    expect: PUBLIC,
    fresh: true,
  },
  paperQuestionnaires: { input: evaluation, expect: EVALUATION_TEAM },
  enterPaperResponse: {
    input: (w) => ({ ...open(w), answers: scaleAnswer(w) }),
    expect: EVALUATION_TEAM,
    fresh: true,
  },
};

export const instrumentsMatrix = { admin, web };
