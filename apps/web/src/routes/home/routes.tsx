import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { HomePage } from './HomePage.tsx';

/**
 * The front page. It is the one page bundled with the app itself rather than loaded on
 * demand: most visits start here, and a lazy page would cost them a second round trip.
 */
export const homeRoutes: RouteObject[] = [{ path: shellPaths.web.home, element: <HomePage /> }];
