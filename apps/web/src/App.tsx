import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { RootLayout } from './components/RootLayout.tsx';
import { RouteError } from './components/RouteError.tsx';
import { accountRoutes } from './routes/account/routes.tsx';
import { homeRoutes } from './routes/home/routes.tsx';
import { networkRoutes } from './routes/networks/routes.tsx';
import { organisationRoutes } from './routes/organisations/routes.tsx';
import { practiceRoutes } from './routes/practice/routes.tsx';
import { staticRoutes } from './routes/static/routes.tsx';
import { NotFoundPage } from './routes/static/NotFoundPage.tsx';

/**
 * Every page of the web app, gathered from the modules' own route lists (their addresses are
 * the path tables in @knutepunkt/domain: Norwegian, since they are what people see, share and
 * say). The server answers every one of them with index.html, so deep links and reloads work.
 */
export const routes: RouteObject[] = [
  {
    path: shellPaths.web.home,
    element: <RootLayout />,
    // Opened at a page that loads on demand, the app shows its frame (header, navigation,
    // footer) while the page's code arrives; the same layout then stays as the page fills it.
    hydrateFallbackElement: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      ...homeRoutes,
      ...organisationRoutes,
      ...practiceRoutes,
      ...networkRoutes,
      ...accountRoutes,
      ...staticRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
