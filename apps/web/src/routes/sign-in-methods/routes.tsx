import type { RouteObject } from 'react-router';
import { signInMethodsPaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

/** Sign-in through providers: the pages that link a provider's sign-in to an existing account, or ask for an address. */
export const signInMethodsRoutes: RouteObject[] = [
  {
    path: signInMethodsPaths.web.link,
    ...lazyPage(async () => (await import('./LinkAccountPage.tsx')).LinkAccountPage),
  },
  {
    path: signInMethodsPaths.web.complete,
    ...lazyPage(async () => (await import('./CompleteRegistrationPage.tsx')).CompleteRegistrationPage),
  },
];
