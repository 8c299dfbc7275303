import { followUpMatrix } from './follow-up-access-matrix.ts';
import { collectionMatrix } from './collection-access-matrix.ts';
import { instrumentsMatrix } from './instruments-access-matrix.ts';
import { EVALUATION_MANAGE, type ModuleMatrix, SIGNED_IN, STAFF, none } from '../../testing/access-expectations.ts';
import { reportMatrix } from './report-access-matrix.ts';
import { privacyAdminMatrix } from './privacy-access-matrix.ts';
import { analysisMatrix } from './analysis-access-matrix.ts';
import { setupMatrix } from './setup-access-matrix.ts';

/**
 * The evaluations module's rows (docs/adr/0025); each part adds its own beside its router.
 * Shared expectations for the three actions of domain/src/roles/decisions.ts:
 * evaluationAccess, on world.evaluations.collecting.
 */
export const evaluationsMatrix: ModuleMatrix = {
  web: {
    mine: { input: none, expect: SIGNED_IN },
    ...followUpMatrix.web,
    ...reportMatrix.web,
    ...collectionMatrix,
    ...analysisMatrix.web,
    ...instrumentsMatrix.web,
  },
  admin: {
    list: { input: none, expect: STAFF },
    move: {
      input: (w) => ({ evaluationId: w.evaluations.collecting.evaluationId, to: 'planning' }),
      expect: EVALUATION_MANAGE,
      fresh: true,
    },
    ...reportMatrix.admin,
    ...privacyAdminMatrix,
    ...analysisMatrix.admin,
    ...setupMatrix.admin,
    ...followUpMatrix.admin,
    ...instrumentsMatrix.admin,
  },
};
