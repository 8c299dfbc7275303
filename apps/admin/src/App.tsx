import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AdminLayout } from './components/AdminLayout.tsx';
import { NotFoundPage, RouteErrorPage } from './components/PageStates.tsx';
import { RequireAdmin, RequireStaff } from './components/RequireStaff.tsx';
import { AppProviders } from './providers.tsx';
import { SignInPage } from './routes/account/SignInPage.tsx';
import { NetworkCreatePage } from './routes/networks/NetworkCreatePage.tsx';
import { NetworkListPage } from './routes/networks/NetworkListPage.tsx';
import { NetworkPage } from './routes/networks/NetworkPage.tsx';
import { OrganisationCreatePage } from './routes/organisations/OrganisationCreatePage.tsx';
import { OrganisationListPage } from './routes/organisations/OrganisationListPage.tsx';
import { OrganisationPage } from './routes/organisations/OrganisationPage.tsx';
import { PeopleListPage } from './routes/people/PeopleListPage.tsx';
import { PersonPage } from './routes/people/PersonPage.tsx';
import { AccessibilityPage } from './routes/static/AccessibilityPage.tsx';
import { DashboardPage } from './routes/static/DashboardPage.tsx';
import { createAdminClient, createAdminQueryClient } from './trpc.ts';

/**
 * The admin app's addresses, in Norwegian like the web app's. Everything but
 * signing in and the accessibility statement needs a coordinator or an admin;
 * the pages marked RequireAdmin need an admin.
 */
export const routes: RouteObject[] = [
  {
    element: <AdminLayout />,
    children: [
      {
        // Inside the layout, so a page that fails keeps the header and menu.
        errorElement: <RouteErrorPage />,
        children: [
          { path: 'logg-inn', element: <SignInPage /> },
          { path: 'tilgjengelighet', element: <AccessibilityPage /> },
          {
            element: <RequireStaff />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: 'nettverk', element: <NetworkListPage /> },
              {
                path: 'nettverk/ny',
                element: (
                  <RequireAdmin>
                    <NetworkCreatePage />
                  </RequireAdmin>
                ),
              },
              { path: 'nettverk/:networkId', element: <NetworkPage /> },
              { path: 'organisasjoner', element: <OrganisationListPage /> },
              {
                path: 'organisasjoner/ny',
                element: (
                  <RequireAdmin>
                    <OrganisationCreatePage />
                  </RequireAdmin>
                ),
              },
              { path: 'organisasjoner/:organisationId', element: <OrganisationPage /> },
              // The practice pages carry the Markdown renderer and the diff: loaded when first visited.
              {
                path: 'praksis',
                lazy: async () => ({
                  Component: (await import('./routes/practice/PracticeListPage.tsx')).PracticeListPage,
                }),
              },
              {
                path: 'praksis/vurdering',
                lazy: async () => ({
                  Component: (await import('./routes/practice/ReviewQueuePage.tsx')).ReviewQueuePage,
                }),
              },
              {
                path: 'praksis/vurdering/:versionId',
                lazy: async () => ({ Component: (await import('./routes/practice/ReviewPage.tsx')).ReviewPage }),
              },
              {
                path: 'praksis/eksempel/:exampleId/historikk',
                lazy: async () => ({
                  Component: (await import('./routes/practice/ExampleHistoryPage.tsx')).ExampleHistoryPage,
                }),
              },
              {
                path: 'varsler',
                lazy: async () => ({ Component: (await import('./routes/outbox/OutboxPage.tsx')).OutboxPage }),
              },
              {
                path: 'personer',
                element: (
                  <RequireAdmin>
                    <PeopleListPage />
                  </RequireAdmin>
                ),
              },
              {
                path: 'personer/:userId',
                element: (
                  <RequireAdmin>
                    <PersonPage />
                  </RequireAdmin>
                ),
              },
              {
                path: 'logg',
                lazy: async () => {
                  const { AuditLogPage } = await import('./routes/audit/AuditLogPage.tsx');
                  return {
                    element: (
                      <RequireAdmin>
                        <AuditLogPage />
                      </RequireAdmin>
                    ),
                  };
                },
              },
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
