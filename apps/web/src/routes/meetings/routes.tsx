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
    ...lazyPage(async () => (await import('./MeetingListPage.tsx')).MeetingListPage),
  },
  {
    path: paths.network,
    ...lazyPage(async () => (await import('./NetworkMeetingsPage.tsx')).NetworkMeetingsPage),
  },
  {
    path: paths.meeting,
    ...lazyPage(async () => (await import('./MeetingPage.tsx')).MeetingPage),
  },
  {
    path: paths.sinceLast,
    ...lazyPage(async () => (await import('./SinceLastPage.tsx')).SinceLastPage),
  },
  {
    path: paths.evaluation,
    ...lazyPage(async () => (await import('./EvaluationPage.tsx')).EvaluationPage),
  },
  {
    path: paths.mine,
    ...lazyPage(async () => (await import('./MyMeetingsPage.tsx')).MyMeetingsPage),
  },
];
