import type { RouteObject } from 'react-router';
import { auditPaths } from '@knutepunkt/domain';
import { RequireAdmin } from '../../components/RequireStaff.tsx';

/** The audit log: admins only; loaded when first visited. */
export const auditRoutes: RouteObject[] = [
  {
    path: auditPaths.admin.log,
    lazy: async () => {
      const { AuditLogPage } = await import('./AuditLogPage.tsx');
      return {
        element: (
          <RequireAdmin>
            <AuditLogPage />
          </RequireAdmin>
        ),
      };
    },
  },
];
