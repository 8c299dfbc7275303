import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';

/** Registering, signing in and Min side; each page loads when first visited. */
export const accountRoutes: RouteObject[] = [
  {
    path: shellPaths.web.register,
    lazy: async () => ({ Component: (await import('./RegisterPage.tsx')).RegisterPage }),
  },
  {
    path: shellPaths.web.signIn,
    lazy: async () => ({ Component: (await import('./SignInPage.tsx')).SignInPage }),
  },
  {
    path: shellPaths.web.myPage,
    lazy: async () => ({ Component: (await import('./MyPage.tsx')).MyPage }),
  },
];
