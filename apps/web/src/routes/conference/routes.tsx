import type { RouteObject } from 'react-router';
import { conferencePaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

const paths = conferencePaths.web;

/**
 * The conference programme (docs/adr/0023): editions, the programme of the current release,
 * sessions, speakers, the change log and one's own programme, each page loaded when first
 * visited. The exports, the widget and the images in conferencePaths.web are served by
 * apps/server, not by this router.
 */
export const conferenceRoutes: RouteObject[] = [
  {
    path: paths.list,
    ...lazyPage(async () => (await import('./ConferenceListPage.tsx')).ConferenceListPage, { messages: 'conference' }),
  },
  {
    path: paths.edition,
    ...lazyPage(async () => (await import('./EditionPage.tsx')).EditionPage, { messages: 'conference' }),
  },
  {
    path: paths.programme,
    ...lazyPage(async () => (await import('./ProgrammePage.tsx')).ProgrammePage, { messages: 'conference' }),
  },
  {
    path: paths.now,
    ...lazyPage(async () => (await import('./NowPage.tsx')).NowPage, { messages: 'conference' }),
  },
  {
    path: paths.session,
    ...lazyPage(async () => (await import('./SessionPage.tsx')).SessionPage, { messages: 'conference' }),
  },
  {
    path: paths.speakers,
    ...lazyPage(async () => (await import('./SpeakersPage.tsx')).SpeakersPage, { messages: 'conference' }),
  },
  {
    path: paths.speaker,
    ...lazyPage(async () => (await import('./SpeakerPage.tsx')).SpeakerPage, { messages: 'conference' }),
  },
  {
    path: conferencePaths.web.changes,
    ...lazyPage(async () => (await import('./ChangeLogPage.tsx')).ChangeLogPage, { messages: 'conference' }),
  },
  {
    path: conferencePaths.web.mine,
    ...lazyPage(async () => (await import('./MyProgrammePage.tsx')).MyProgrammePage, {
      messages: ['conference', 'meetings'],
    }),
  },
  {
    path: conferencePaths.web.print,
    ...lazyPage(async () => (await import('./PrintPage.tsx')).PrintPage, { messages: 'conference' }),
  },
];
