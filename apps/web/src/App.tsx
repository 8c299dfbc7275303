import type { RouteObject } from 'react-router';
import { RootLayout } from './components/RootLayout.tsx';
import { RouteError } from './components/RouteError.tsx';
import { MyPage } from './routes/account/MyPage.tsx';
import { RegisterPage } from './routes/account/RegisterPage.tsx';
import { SignInPage } from './routes/account/SignInPage.tsx';
import { HomePage } from './routes/home/HomePage.tsx';
import { NetworkListPage } from './routes/networks/NetworkListPage.tsx';
import { NetworkPage } from './routes/networks/NetworkPage.tsx';
import { DirectoryPage } from './routes/organisations/DirectoryPage.tsx';
import { EditOrganisationPage } from './routes/organisations/EditOrganisationPage.tsx';
import { OrganisationPage } from './routes/organisations/OrganisationPage.tsx';
import { PendingRequestsPage } from './routes/organisations/PendingRequestsPage.tsx';
import { GridPage } from './routes/practice/GridPage.tsx';
import { SearchPage } from './routes/practice/SearchPage.tsx';
import { AccessibilityPage } from './routes/static/AccessibilityPage.tsx';
import { NotFoundPage } from './routes/static/NotFoundPage.tsx';

/**
 * Every page of the web app, with Norwegian addresses (they are what people see, share and say).
 * The server answers every one of them with index.html, so deep links and reloads work.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'organisasjoner', element: <DirectoryPage /> },
      { path: 'organisasjoner/:slug', element: <OrganisationPage /> },
      { path: 'organisasjoner/:slug/rediger', element: <EditOrganisationPage /> },
      { path: 'organisasjoner/:slug/foresporsler', element: <PendingRequestsPage /> },
      { path: 'praksis', element: <SearchPage /> },
      { path: 'praksis/oversikt', element: <GridPage /> },
      // Pages that render Markdown (and the editor) load when first visited, so the
      // first page on a slow connection does not carry the Markdown parser.
      {
        path: 'praksis/ny',
        lazy: async () => ({ Component: (await import('./routes/practice/CreatePage.tsx')).CreatePage }),
      },
      {
        path: 'praksis/rediger/:exampleId',
        lazy: async () => ({ Component: (await import('./routes/practice/EditorPage.tsx')).EditorPage }),
      },
      {
        path: 'praksis/:slug',
        lazy: async () => ({ Component: (await import('./routes/practice/ExamplePage.tsx')).ExamplePage }),
      },
      { path: 'nettverk', element: <NetworkListPage /> },
      { path: 'nettverk/:slug', element: <NetworkPage /> },
      { path: 'registrer', element: <RegisterPage /> },
      { path: 'logg-inn', element: <SignInPage /> },
      { path: 'min-side', element: <MyPage /> },
      { path: 'tilgjengelighet', element: <AccessibilityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
