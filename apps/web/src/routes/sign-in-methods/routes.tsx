import type { RouteObject } from 'react-router';
import { signInMethodsPaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

/** Sign-in through providers: the page that links a provider's sign-in to an existing account. */
export const signInMethodsRoutes: RouteObject[] = [
  {
    path: signInMethodsPaths.web.link,
    ...lazyPage(async () => (await import('./LinkAccountPage.tsx')).LinkAccountPage),
  },
];
