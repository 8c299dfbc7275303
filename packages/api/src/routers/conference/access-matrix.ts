import { type ModuleMatrix, PUBLIC, STAFF, none } from '../../testing/access-expectations.ts';
import { schedulingAdminRows } from './scheduling-access-matrix.ts';
import { releasesMatrix } from './releases-access-matrix.ts';
import { signupsMatrix } from './signups-access-matrix.ts';
import { editingMatrix } from './editing-access-matrix.ts';
import { starsMatrix } from './stars-access-matrix.ts';
import { sessionsAdminRows } from './sessions-access-matrix.ts';

/** The conference module's rows (docs/adr/0023); each part adds its own beside its router. */
export const conferenceMatrix: ModuleMatrix = {
  web: {
    editions: { input: none, expect: PUBLIC },
    ...releasesMatrix.web,
    ...signupsMatrix.web,
    ...starsMatrix.web,
  },
  admin: {
    editions: { input: none, expect: STAFF },
    ...schedulingAdminRows,
    ...releasesMatrix.admin,
    ...signupsMatrix.admin,
    ...editingMatrix.admin,
    ...sessionsAdminRows,
  },
};
