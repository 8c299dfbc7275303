import type { RouteObject } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
import { shellPaths } from '@knutepunkt/domain';

/** Registering, signing in and Min side; each page loads when first visited. */
export const accountRoutes: RouteObject[] = [
  {
    path: shellPaths.web.register,
    ...lazyPage(async () => (await import('./RegisterPage.tsx')).RegisterPage),
  },
  {
    path: shellPaths.web.signIn,
    ...lazyPage(async () => (await import('./SignInPage.tsx')).SignInPage),
  },
  {
    path: shellPaths.web.myPage,
    ...lazyPage(async () => (await import('./MyPage.tsx')).MyPage, { messages: ['practice', 'meetings'] }),
  },
];
