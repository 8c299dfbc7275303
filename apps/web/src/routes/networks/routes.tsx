import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { networkPaths } from '@knutepunkt/domain';

/** The networks and each network's members; each page loads when first visited. */
export const networkRoutes: RouteObject[] = [
  {
    path: networkPaths.web.list,
    ...lazyPage(async () => (await import('./NetworkListPage.tsx')).NetworkListPage),
  },
  {
    path: networkPaths.web.network,
    ...lazyPage(async () => (await import('./NetworkPage.tsx')).NetworkPage),
  },
];
