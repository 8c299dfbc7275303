import type { RouteObject } from 'react-router';
import { peoplePaths } from '@knutepunkt/domain';
import { RequireAdmin } from '../../components/RequireStaff.tsx';
import { PeopleListPage } from './PeopleListPage.tsx';
import { PersonPage } from './PersonPage.tsx';

/** People: admins only. */
export const peopleRoutes: RouteObject[] = [
  {
    path: peoplePaths.admin.list,
    element: (
      <RequireAdmin>
        <PeopleListPage />
      </RequireAdmin>
    ),
  },
  {
    path: peoplePaths.admin.person,
    element: (
      <RequireAdmin>
        <PersonPage />
      </RequireAdmin>
    ),
  },
];
