import type { RouteObject } from 'react-router';
import { organisationPaths } from '@knutepunkt/domain';
import { RequireAdmin } from '../../components/RequireStaff.tsx';
import { OrganisationCreatePage } from './OrganisationCreatePage.tsx';
import { OrganisationListPage } from './OrganisationListPage.tsx';
import { OrganisationPage } from './OrganisationPage.tsx';

/** Organisations: coordinators look them up; only admins create one (and edit, on its page). */
export const organisationRoutes: RouteObject[] = [
  { path: organisationPaths.admin.list, element: <OrganisationListPage /> },
  {
    path: organisationPaths.admin.create,
    element: (
      <RequireAdmin>
        <OrganisationCreatePage />
      </RequireAdmin>
    ),
  },
  { path: organisationPaths.admin.organisation, element: <OrganisationPage /> },
];
