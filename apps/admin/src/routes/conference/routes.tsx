import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [
  // The programme editor: day × room × time, the unscheduled sessions beside it.
  {
    path: conferencePaths.admin.grid,
    lazy: async () => ({ Component: (await import('./ProgrammeGridPage.tsx')).ProgrammeGridPage }),
  },
  {
    path: conferencePaths.admin.signups,
    lazy: async () => ({ Component: (await import('./SignupsPage.tsx')).SignupsPage }),
  },
  // Editing an edition: the list, a new one, its settings, rooms, tracks and types.
  {
    path: conferencePaths.admin.list,
    lazy: async () => ({ Component: (await import('./ConferenceListPage.tsx')).ConferenceListPage }),
  },
  {
    path: conferencePaths.admin.create,
    lazy: async () => ({ Component: (await import('./EditionCreatePage.tsx')).EditionCreatePage }),
  },
  {
    path: conferencePaths.admin.edition,
    lazy: async () => ({ Component: (await import('./EditionPage.tsx')).EditionPage }),
  },
  {
    path: conferencePaths.admin.rooms,
    lazy: async () => ({ Component: (await import('./RoomsPage.tsx')).RoomsPage }),
  },
  {
    path: conferencePaths.admin.tracks,
    lazy: async () => ({ Component: (await import('./TracksPage.tsx')).TracksPage }),
  },
  {
    path: conferencePaths.admin.releases,
    lazy: async () => ({ Component: (await import('./ReleasesPage.tsx')).ReleasesPage }),
  },
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
