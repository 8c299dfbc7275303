import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';

/** The conference programme (docs/adr/0023): the owners' coordinators and admins. Loaded when first visited. */
export const conferenceRoutes: RouteObject[] = [
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
];
