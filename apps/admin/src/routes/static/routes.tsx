import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { AccessibilityPage } from './AccessibilityPage.tsx';
import { DashboardPage } from './DashboardPage.tsx';

/** The accessibility statement: open to everyone (the law wants it reachable without signing in). */
export const staticRoutes: RouteObject[] = [{ path: shellPaths.admin.accessibility, element: <AccessibilityPage /> }];

/** The front page: coordinators and admins. */
export const dashboardRoutes: RouteObject[] = [{ path: shellPaths.admin.dashboard, element: <DashboardPage /> }];
