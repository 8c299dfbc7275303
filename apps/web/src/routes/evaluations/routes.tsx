import type { RouteObject } from 'react-router';
import { evaluationPaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

const paths = evaluationPaths.web;

/**
 * Bruker Spør Bruker (docs/adr/0025): the published reports (server-rendered for everyone),
 * «mine evalueringer» for the team and the service contacts, and the web questionnaire opened
 * through its one-time link. Each page is loaded when first visited, with the module's strings.
 */
export const evaluationRoutes: RouteObject[] = [
  {
    path: paths.list,
    ...lazyPage(async () => (await import('./ReportListPage.tsx')).ReportListPage, { messages: 'evaluations' }),
  },
  {
    path: paths.report,
    ...lazyPage(async () => (await import('./ReportPage.tsx')).ReportPage, { messages: 'evaluations' }),
  },
  {
    path: paths.print,
    ...lazyPage(async () => (await import('./ReportPrintPage.tsx')).ReportPrintPage, { messages: 'evaluations' }),
  },
  {
    path: paths.mine,
    ...lazyPage(async () => (await import('./MyEvaluationsPage.tsx')).MyEvaluationsPage, { messages: 'evaluations' }),
  },
  {
    path: paths.team,
    ...lazyPage(async () => (await import('./TeamWorkspacePage.tsx')).TeamWorkspacePage, { messages: 'evaluations' }),
  },
  {
    path: paths.interview,
    ...lazyPage(async () => (await import('./InterviewPage.tsx')).InterviewPage, { messages: 'evaluations' }),
  },
  {
    path: paths.analysis,
    ...lazyPage(async () => (await import('./AnalysisPage.tsx')).AnalysisPage, { messages: 'evaluations' }),
  },
  {
    path: paths.service,
    ...lazyPage(async () => (await import('./ServicePage.tsx')).ServicePage, { messages: 'evaluations' }),
  },
  {
    path: paths.questionnaire,
    ...lazyPage(async () => (await import('./QuestionnaireAnswerPage.tsx')).QuestionnaireAnswerPage, {
      messages: 'evaluations',
    }),
  },
  {
    path: paths.paper,
    ...lazyPage(async () => (await import('./PaperEntryPage.tsx')).PaperEntryPage, { messages: 'evaluations' }),
  },
];
