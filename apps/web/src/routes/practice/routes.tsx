import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { practicePaths } from '@knutepunkt/domain';

const paths = practicePaths.web;

/**
 * The practice bank's pages; each loads when first visited, so the Markdown parser and the
 * editor come only with the pages that show or write Markdown. The feed, attachments and
 * uploads in practicePaths.web are served by apps/server, not by this router.
 */
export const practiceRoutes: RouteObject[] = [
  {
    path: paths.search,
    ...lazyPage(async () => (await import('./SearchPage.tsx')).SearchPage, { messages: 'practice' }),
  },
  {
    path: paths.grid,
    ...lazyPage(async () => (await import('./GridPage.tsx')).GridPage, { messages: 'practice' }),
  },
  {
    path: paths.create,
    ...lazyPage(async () => (await import('./CreatePage.tsx')).CreatePage, { messages: 'practice' }),
  },
  {
    path: paths.edit,
    ...lazyPage(async () => (await import('./EditorPage.tsx')).EditorPage, { messages: 'practice' }),
  },
  {
    path: paths.example,
    ...lazyPage(async () => (await import('./ExamplePage.tsx')).ExamplePage, { messages: 'practice' }),
  },
];
