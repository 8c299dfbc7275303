import type { RouteObject } from 'react-router';
import { meetingPaths } from '@knutepunkt/domain';

/** Network meetings (docs/adr/0018): the network's coordinators and admins. Loaded when first visited. */
export const meetingRoutes: RouteObject[] = [
  {
    path: meetingPaths.admin.list,
    lazy: async () => ({ Component: (await import('./MeetingListPage.tsx')).MeetingListPage }),
  },
  {
    path: meetingPaths.admin.create,
    lazy: async () => ({ Component: (await import('./MeetingCreatePage.tsx')).MeetingCreatePage }),
  },
  {
    path: meetingPaths.admin.meeting,
    lazy: async () => ({ Component: (await import('./MeetingPage.tsx')).MeetingPage }),
  },
  {
    path: meetingPaths.admin.registrations,
    lazy: async () => ({ Component: (await import('./RegistrationsPage.tsx')).RegistrationsPage }),
  },
  {
    path: meetingPaths.admin.contributions,
    lazy: async () => ({ Component: (await import('./ContributionsPage.tsx')).ContributionsPage }),
  },
];
