import type { RouteObject } from 'react-router';
import { networkPaths } from '@knutepunkt/domain';
import { RequireAdmin } from '../../components/RequireStaff.tsx';
import { NetworkCreatePage } from './NetworkCreatePage.tsx';
import { NetworkListPage } from './NetworkListPage.tsx';
import { NetworkPage } from './NetworkPage.tsx';

/** Networks: coordinators see and run their own; only admins create one. */
export const networkRoutes: RouteObject[] = [
  { path: networkPaths.admin.list, element: <NetworkListPage /> },
  {
    path: networkPaths.admin.create,
    element: (
      <RequireAdmin>
        <NetworkCreatePage />
      </RequireAdmin>
    ),
  },
  { path: networkPaths.admin.network, element: <NetworkPage /> },
];
