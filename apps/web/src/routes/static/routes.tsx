import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { shellPaths } from '@knutepunkt/domain';

/** Pages of the site itself (the accessibility statement); each loads when first visited. */
export const staticRoutes: RouteObject[] = [
  {
    path: shellPaths.web.accessibility,
    ...lazyPage(async () => (await import('./AccessibilityPage.tsx')).AccessibilityPage),
  },
];
