import type { RouteObject } from 'react-router';
import { networkPaths } from '@knutepunkt/domain';

/** The networks and each network's members; each page loads when first visited. */
export const networkRoutes: RouteObject[] = [
  {
    path: networkPaths.web.list,
    lazy: async () => ({ Component: (await import('./NetworkListPage.tsx')).NetworkListPage }),
  },
  {
    path: networkPaths.web.network,
    lazy: async () => ({ Component: (await import('./NetworkPage.tsx')).NetworkPage }),
  },
];
