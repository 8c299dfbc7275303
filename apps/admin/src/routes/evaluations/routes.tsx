import type { RouteObject } from 'react-router';
import { evaluationPaths } from '@knutepunkt/domain';

const paths = evaluationPaths.admin;

/** Bruker Spør Bruker (docs/adr/0025): the lead's work, and admins'. Loaded when first visited. */
export const evaluationRoutes: RouteObject[] = [
  {
    path: paths.list,
    lazy: async () => ({ Component: (await import('./EvaluationListPage.tsx')).EvaluationListPage }),
  },
  {
    path: paths.report,
    lazy: async () => ({ Component: (await import('./ReportPage.tsx')).ReportPage }),
  },
  {
    path: paths.privacy,
    lazy: async () => ({ Component: (await import('./PrivacyPage.tsx')).PrivacyPage }),
  },
];
