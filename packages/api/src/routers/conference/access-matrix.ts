import { type ModuleMatrix, PUBLIC, STAFF, none } from '../../testing/access-expectations.ts';
import { editingMatrix } from './editing-access-matrix.ts';
import { starsMatrix } from './stars-access-matrix.ts';

/** The conference module's rows (docs/adr/0023); each part adds its own beside its router. */
export const conferenceMatrix: ModuleMatrix = {
  web: {
    editions: { input: none, expect: PUBLIC },
    ...starsMatrix.web,
  },
  admin: {
    editions: { input: none, expect: STAFF },
    ...editingMatrix.admin,
  },
};
