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
    path: meetingPaths.admin.minutes,
    lazy: async () => ({ Component: (await import('./MinutesPage.tsx')).MinutesPage }),
  },
  {
    path: meetingPaths.admin.registrations,
    lazy: async () => ({ Component: (await import('./RegistrationsPage.tsx')).RegistrationsPage }),
  },
  {
    path: meetingPaths.admin.evaluation,
    lazy: async () => ({ Component: (await import('./EvaluationPage.tsx')).EvaluationPage }),
  },
  {
    path: meetingPaths.admin.evaluationResults,
    lazy: async () => ({ Component: (await import('./EvaluationResultsPage.tsx')).EvaluationResultsPage }),
  },
  // The day of the meeting (docs/adr/0021).
  {
    path: meetingPaths.admin.checkIn,
    lazy: async () => ({ Component: (await import('./CheckInPage.tsx')).CheckInPage }),
  },
  {
    path: meetingPaths.admin.participants,
    lazy: async () => ({ Component: (await import('./ParticipantListPage.tsx')).ParticipantListPage }),
  },
  {
    path: meetingPaths.admin.badges,
    lazy: async () => ({ Component: (await import('./BadgesPage.tsx')).BadgesPage }),
  },
];
