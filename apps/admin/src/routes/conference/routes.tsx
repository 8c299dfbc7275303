import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [
  {
    path: conferencePaths.admin.signups,
    lazy: async () => ({ Component: (await import('./SignupsPage.tsx')).SignupsPage }),
  },
];
