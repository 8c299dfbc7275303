import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { Loading } from '@knutepunkt/ui';
import { AdminLayout } from './components/AdminLayout.tsx';
import { NotFoundPage, RouteErrorPage } from './components/PageStates.tsx';
import { RequireStaff } from './components/RequireStaff.tsx';
import { AppProviders } from './providers.tsx';
import { accountRoutes } from './routes/account/routes.tsx';
import { auditRoutes } from './routes/audit/routes.tsx';
import { meetingRoutes } from './routes/meetings/routes.tsx';
import { conferenceRoutes } from './routes/conference/routes.tsx';
import { evaluationRoutes } from './routes/evaluations/routes.tsx';
import { networkRoutes } from './routes/networks/routes.tsx';
import { organisationRoutes } from './routes/organisations/routes.tsx';
import { outboxRoutes } from './routes/outbox/routes.tsx';
import { peopleRoutes } from './routes/people/routes.tsx';
import { practiceRoutes } from './routes/practice/routes.tsx';
import { dashboardRoutes, staticRoutes } from './routes/static/routes.tsx';
import { createAdminClient, createAdminQueryClient } from './trpc.ts';

/**
 * The admin app's addresses, gathered from each module's routes.tsx (the
 * paths themselves live in @knutepunkt/domain). Everything but signing in and
 * the accessibility statement needs a coordinator or an admin; each module
 * marks the pages that need an admin.
 */
export const routes: RouteObject[] = [
  {
    element: <AdminLayout />,
    // A page opened directly waits for its lazy chunk before the first render: say so meanwhile
    // (without it React Router warns, and the page is blank until then).
    hydrateFallbackElement: <Loading />,
    children: [
      {
        // Inside the layout, so a page that fails keeps the header and menu.
        errorElement: <RouteErrorPage />,
        children: [
          ...accountRoutes,
          ...staticRoutes,
          {
            element: <RequireStaff />,
            children: [
              ...dashboardRoutes,
              ...networkRoutes,
              ...organisationRoutes,
              ...meetingRoutes,
              ...conferenceRoutes,
              ...evaluationRoutes,
              ...practiceRoutes,
              ...outboxRoutes,
              ...peopleRoutes,
              ...auditRoutes,
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function App() {
  const [client] = useState(() => createAdminClient());
  const [queryClient] = useState(() => createAdminQueryClient(client));
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
