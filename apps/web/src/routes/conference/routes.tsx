import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { conferencePaths } from '@knutepunkt/domain';

/**
 * The conference programme (docs/adr/0023): editions, the programme of the current release,
 * sessions, speakers, the change log and one's own programme, each page loaded when first
 * visited. The exports, the widget and the images in conferencePaths.web are served by
 * apps/server, not by this router.
 */
export const conferenceRoutes: RouteObject[] = [
  {
    path: conferencePaths.web.changes,
    ...lazyPage(async () => (await import('./ChangeLogPage.tsx')).ChangeLogPage),
  },
  {
    path: conferencePaths.web.mine,
    ...lazyPage(async () => (await import('./MyProgrammePage.tsx')).MyProgrammePage),
  },
  {
    path: conferencePaths.web.print,
    ...lazyPage(async () => (await import('./PrintPage.tsx')).PrintPage),
  },
];
