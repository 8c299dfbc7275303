import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

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
];
