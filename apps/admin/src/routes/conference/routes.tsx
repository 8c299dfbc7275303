import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [
  // The programme editor: day × room × time, the unscheduled sessions beside it.
  {
    path: conferencePaths.admin.grid,
    lazy: async () => ({ Component: (await import('./ProgrammeGridPage.tsx')).ProgrammeGridPage }),
  },
];
