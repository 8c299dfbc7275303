import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';

/** Pages of the site itself (the accessibility statement); each loads when first visited. */
export const staticRoutes: RouteObject[] = [
  {
    path: shellPaths.web.accessibility,
    lazy: async () => ({ Component: (await import('./AccessibilityPage.tsx')).AccessibilityPage }),
  },
];
