import { ADMIN, EVALUATION_MANAGE, type MatrixRow } from '../../testing/access-expectations.ts';

const collecting = (w: Parameters<MatrixRow['input']>[0]) => w.evaluations.collecting.evaluationId;

/**
 * The privacy page's rows (docs/adr/0025), spread into evaluationsMatrix.admin. The logs are
 * the lead's and the admins'. «Break the glass» is the admins' alone: the lead (a coordinator
 * who is not an admin) gets 403 like every other non-admin; each role on a fresh world, since a
 * grant changes what the admin may do next.
 */
export const privacyAdminMatrix: Record<string, MatrixRow> = {
  privacy: { input: (w) => ({ evaluationId: collecting(w) }), expect: EVALUATION_MANAGE },
  rawReads: { input: (w) => ({ evaluationId: collecting(w), page: 1 }), expect: EVALUATION_MANAGE },
  deletions: { input: (w) => ({ evaluationId: collecting(w) }), expect: EVALUATION_MANAGE },
  breakGlass: {
    input: (w) => ({ evaluationId: collecting(w), reason: 'Teamet ba om hjelp med et notat som ikke lagres.' }),
    expect: { ...ADMIN, lead: 403 },
    fresh: true,
  },
};
