import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [
  // Sessions and speakers (a session's or speaker's `ny` is the form for a new one).
  {
    path: conferencePaths.admin.sessions,
    lazy: async () => ({ Component: (await import('./SessionsPage.tsx')).SessionsPage }),
  },
  {
    path: conferencePaths.admin.session,
    lazy: async () => ({ Component: (await import('./SessionPage.tsx')).SessionPage }),
  },
  {
    path: conferencePaths.admin.speakers,
    lazy: async () => ({ Component: (await import('./SpeakersPage.tsx')).SpeakersPage }),
  },
  {
    path: conferencePaths.admin.speaker,
    lazy: async () => ({ Component: (await import('./SpeakerPage.tsx')).SpeakerPage }),
  },
];
