import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { organisationPaths } from '@knutepunkt/domain';

const paths = organisationPaths.web;

/** The directory and each organisation's pages; each page loads when first visited. */
export const organisationRoutes: RouteObject[] = [
  {
    path: paths.directory,
    ...lazyPage(async () => (await import('./DirectoryPage.tsx')).DirectoryPage),
  },
  {
    path: paths.organisation,
    ...lazyPage(async () => (await import('./OrganisationPage.tsx')).OrganisationPage),
  },
  {
    path: paths.edit,
    ...lazyPage(async () => (await import('./EditOrganisationPage.tsx')).EditOrganisationPage),
  },
  {
    path: paths.requests,
    ...lazyPage(async () => (await import('./PendingRequestsPage.tsx')).PendingRequestsPage),
  },
];
