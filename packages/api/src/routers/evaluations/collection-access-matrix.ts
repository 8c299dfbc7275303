import { EVALUATION_TEAM, type MatrixRow } from '../../testing/access-expectations.ts';
import type { World } from '../../testing/world.ts';

/**
 * The rows of data collection (docs/adr/0025), spread into ./access-matrix.ts's web rows: the
 * lead and the team of world.evaluations.collecting; an admin 403 (no «break the glass» in the
 * world); everyone else, the service contact and a team member of nothing here included, 404.
 */
const interviewId = (w: World) => w.evaluations.collecting.interviewId;

export const collectionMatrix: Record<string, MatrixRow> = {
  workspace: { input: (w) => ({ evaluationId: w.evaluations.collecting.evaluationId }), expect: EVALUATION_TEAM },
  createInterview: {
    input: (w) => ({
      evaluationId: w.evaluations.collecting.evaluationId,
      code: 'I7',
      kind: 'individual',
      heldOn: '2026-10-20',
      participants: 1,
    }),
    expect: EVALUATION_TEAM,
    fresh: true,
  },
  updateInterview: {
    input: (w) => ({ interviewId: interviewId(w), code: 'G1', kind: 'group', heldOn: '2026-10-12', participants: 6 }),
    expect: EVALUATION_TEAM,
  },
  recordConsent: {
    input: (w) => ({
      interviewId: interviewId(w),
      obtainedAt: { date: '2026-10-12', time: '10:05' },
      consentVersion: 1,
    }),
    expect: EVALUATION_TEAM,
  },
  withdrawConsent: { input: (w) => ({ interviewId: interviewId(w) }), expect: EVALUATION_TEAM, fresh: true },
  interview: { input: (w) => ({ interviewId: interviewId(w) }), expect: EVALUATION_TEAM },
  saveNote: {
    input: (w) => ({
      interviewId: interviewId(w),
      questionKey: 'q2',
      body: 'Noen ønsket seg lengre åpningstid.',
      revision: 0,
      warningShown: false,
    }),
    expect: EVALUATION_TEAM,
    fresh: true,
  },
};
