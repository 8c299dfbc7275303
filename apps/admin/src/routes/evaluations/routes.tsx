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
  {
    path: paths.dialogue,
    lazy: async () => ({ Component: (await import('./DialoguePage.tsx')).DialoguePage }),
  },
  // Setting one up: a new one, its overview, agreement, plan and team.
  {
    path: paths.create,
    lazy: async () => ({ Component: (await import('./EvaluationCreatePage.tsx')).EvaluationCreatePage }),
  },
  {
    path: paths.evaluation,
    lazy: async () => ({ Component: (await import('./EvaluationPage.tsx')).EvaluationPage }),
  },
  {
    path: paths.agreement,
    lazy: async () => ({ Component: (await import('./AgreementPage.tsx')).AgreementPage }),
  },
  {
    path: paths.plan,
    lazy: async () => ({ Component: (await import('./PlanPage.tsx')).PlanPage }),
  },
  {
    path: paths.team,
    lazy: async () => ({ Component: (await import('./TeamPage.tsx')).TeamPage }),
  },
  {
    path: paths.followUp,
    lazy: async () => ({ Component: (await import('./FollowUpPage.tsx')).FollowUpPage }),
  },
  {
    path: paths.guide,
    lazy: async () => ({ Component: (await import('./GuidePage.tsx')).GuidePage }),
  },
  {
    path: paths.questionnaires,
    lazy: async () => ({ Component: (await import('./QuestionnairesPage.tsx')).QuestionnairesPage }),
  },
  {
    path: paths.questionnaire,
    lazy: async () => ({ Component: (await import('./QuestionnairePage.tsx')).QuestionnairePage }),
  },
];
