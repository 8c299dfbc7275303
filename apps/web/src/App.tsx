import { useRoutes, type RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { RootLayout } from './components/RootLayout.tsx';
import { RouteErrorBoundary } from './components/RouteErrorBoundary.tsx';
import { accountRoutes } from './routes/account/routes.tsx';
import { homeRoutes } from './routes/home/routes.tsx';
import { networkRoutes } from './routes/networks/routes.tsx';
import { meetingRoutes } from './routes/meetings/routes.tsx';
import { conferenceRoutes } from './routes/conference/routes.tsx';
import { evaluationRoutes } from './routes/evaluations/routes.tsx';
import { organisationRoutes } from './routes/organisations/routes.tsx';
import { passwordResetRoutes } from './routes/password-reset/routes.tsx';
import { practiceRoutes } from './routes/practice/routes.tsx';
import { staticRoutes } from './routes/static/routes.tsx';
import { signInMethodsRoutes } from './routes/sign-in-methods/routes.tsx';
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
    children: [
      ...homeRoutes,
      ...organisationRoutes,
      ...practiceRoutes,
      ...networkRoutes,
      ...meetingRoutes,
      ...conferenceRoutes,
      ...evaluationRoutes,
      ...accountRoutes,
      ...passwordResetRoutes,
      ...signInMethodsRoutes,
      ...staticRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * The pages for the address in the browser. A plain (declarative) router: the pages fetch their
 * own data through TanStack Query, so React Router's data router (loaders, actions, its own
 * lazy routes) would add some 18 kB gzipped to every first load and do nothing for us.
 */
export function AppRoutes() {
  return <RouteErrorBoundary>{useRoutes(routes)}</RouteErrorBoundary>;
}
