import type { RouteObject } from 'react-router';
import { organisationPaths } from '@knutepunkt/domain';

const paths = organisationPaths.web;

/** The directory and each organisation's pages; each page loads when first visited. */
export const organisationRoutes: RouteObject[] = [
  {
    path: paths.directory,
    lazy: async () => ({ Component: (await import('./DirectoryPage.tsx')).DirectoryPage }),
  },
  {
    path: paths.organisation,
    lazy: async () => ({ Component: (await import('./OrganisationPage.tsx')).OrganisationPage }),
  },
  {
    path: paths.edit,
    lazy: async () => ({ Component: (await import('./EditOrganisationPage.tsx')).EditOrganisationPage }),
  },
  {
    path: paths.requests,
    lazy: async () => ({ Component: (await import('./PendingRequestsPage.tsx')).PendingRequestsPage }),
  },
];
