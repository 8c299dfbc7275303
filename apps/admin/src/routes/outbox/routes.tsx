import type { RouteObject } from 'react-router';
import { outboxPaths } from '@knutepunkt/domain';

/** The outbox: coordinators (their own notifications) and admins (everyone's); loaded when first visited. */
export const outboxRoutes: RouteObject[] = [
  {
    path: outboxPaths.admin.list,
    lazy: async () => ({ Component: (await import('./OutboxPage.tsx')).OutboxPage }),
  },
];
