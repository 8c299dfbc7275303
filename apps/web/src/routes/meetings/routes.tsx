import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { meetingPaths } from '@knutepunkt/domain';

const paths = meetingPaths.web;

/**
 * Network meetings: the lists, a meeting's page (with registration) and one's own registrations.
 * The calendar files in meetingPaths.web are served by apps/server, not by this router.
 */
export const meetingRoutes: RouteObject[] = [
  {
    path: paths.list,
    ...lazyPage(async () => (await import('./MeetingListPage.tsx')).MeetingListPage, { messages: 'meetings' }),
  },
  {
    path: paths.network,
    ...lazyPage(async () => (await import('./NetworkMeetingsPage.tsx')).NetworkMeetingsPage, { messages: 'meetings' }),
  },
  {
    path: paths.meeting,
    ...lazyPage(async () => (await import('./MeetingPage.tsx')).MeetingPage, { messages: 'meetings' }),
  },
  {
    path: paths.sinceLast,
    ...lazyPage(async () => (await import('./SinceLastPage.tsx')).SinceLastPage, { messages: 'meetings' }),
  },
  {
    path: paths.contributions,
    ...lazyPage(async () => (await import('./ContributionPage.tsx')).ContributionPage, { messages: 'meetings' }),
  },
  {
    path: paths.evaluation,
    ...lazyPage(async () => (await import('./EvaluationPage.tsx')).EvaluationPage, { messages: 'meetings' }),
  },
  {
    path: paths.mine,
    ...lazyPage(async () => (await import('./MyMeetingsPage.tsx')).MyMeetingsPage, { messages: 'meetings' }),
  },
];
