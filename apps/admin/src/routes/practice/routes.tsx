import type { RouteObject } from 'react-router';
import { practicePaths } from '@knutepunkt/domain';

/**
 * The practice bank's review and curation: coordinators and admins. The pages
 * carry the Markdown renderer and the diff, so they are loaded when first visited.
 */
export const practiceRoutes: RouteObject[] = [
  {
    path: practicePaths.admin.list,
    lazy: async () => ({ Component: (await import('./PracticeListPage.tsx')).PracticeListPage }),
  },
  {
    path: practicePaths.admin.queue,
    lazy: async () => ({ Component: (await import('./ReviewQueuePage.tsx')).ReviewQueuePage }),
  },
  {
    path: practicePaths.admin.review,
    lazy: async () => ({ Component: (await import('./ReviewPage.tsx')).ReviewPage }),
  },
  {
    path: practicePaths.admin.history,
    lazy: async () => ({ Component: (await import('./ExampleHistoryPage.tsx')).ExampleHistoryPage }),
  },
];
