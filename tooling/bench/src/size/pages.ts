import {
  conferencePaths,
  meetingPaths,
  networkPaths,
  organisationPaths,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import { KB, type MeasuredPage } from './report.ts';

/**
 * The most JavaScript (gzipped) the front page may load before first paint: what a visitor on a
 * slow mobile connection waits for before seeing anything. `pnpm size --check` (in `pnpm check`)
 * fails above it, for the front page, the practice search (the page most visits go to next) and
 * the conference programme (opened on phones at the venue, often on a poor connection).
 */
export const FIRST_LOAD_BUDGET = 150 * KB;

/** The route module of a lazy web page, as the Vite manifest names it. */
const web = (module: string) => `src/routes/${module}`;

/**
 * The public pages, with the modules their lazy routes import (apps/web/src/routes/<module>/routes.tsx)
 * and the groups of strings they load with them (`messages`, as in those routes).
 * A page left out of a lazy route (the front page) has none: it is in the entry.
 */
export const PUBLIC_PAGES: readonly MeasuredPage[] = [
  { app: 'web', name: 'front page', path: shellPaths.web.home, routeModules: [], budget: FIRST_LOAD_BUDGET },
  {
    app: 'web',
    name: 'organisation directory',
    path: organisationPaths.web.directory,
    routeModules: [web('organisations/DirectoryPage.tsx')],
  },
  {
    app: 'web',
    name: 'organisation page',
    path: organisationPaths.web.organisation,
    routeModules: [web('organisations/OrganisationPage.tsx')],
  },
  { app: 'web', name: 'networks', path: networkPaths.web.list, routeModules: [web('networks/NetworkListPage.tsx')] },
  {
    app: 'web',
    name: 'practice search',
    path: practicePaths.web.search,
    routeModules: [web('practice/SearchPage.tsx')],
    messages: ['practice'],
    budget: FIRST_LOAD_BUDGET,
  },
  {
    app: 'web',
    name: 'practice example',
    path: practicePaths.web.example,
    routeModules: [web('practice/ExamplePage.tsx')],
    messages: ['practice'],
  },
  {
    app: 'web',
    name: 'CHIME grid',
    path: practicePaths.web.grid,
    routeModules: [web('practice/GridPage.tsx')],
    messages: ['practice'],
  },
  {
    app: 'web',
    name: 'accessibility statement',
    path: shellPaths.web.accessibility,
    routeModules: [web('static/AccessibilityPage.tsx')],
  },
  {
    app: 'web',
    name: 'meetings',
    path: meetingPaths.web.list,
    routeModules: [web('meetings/MeetingListPage.tsx')],
    messages: ['meetings'],
  },
  {
    app: 'web',
    name: 'meeting page',
    path: meetingPaths.web.meeting,
    routeModules: [web('meetings/MeetingPage.tsx')],
    messages: ['meetings'],
  },
  {
    app: 'web',
    name: 'conference programme',
    path: conferencePaths.web.programme,
    routeModules: [web('conference/ProgrammePage.tsx')],
    messages: ['conference'],
    budget: FIRST_LOAD_BUDGET,
  },
  {
    app: 'web',
    name: 'conference session',
    path: conferencePaths.web.session,
    routeModules: [web('conference/SessionPage.tsx')],
    messages: ['conference'],
  },
  // The admin app is one bundle (see apps/admin/vite.config.ts): its sign-in page loads all of it.
  { app: 'admin', name: 'admin sign-in', path: shellPaths.admin.signIn, routeModules: [] },
];
