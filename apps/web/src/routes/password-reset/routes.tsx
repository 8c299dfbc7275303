import type { RouteObject } from 'react-router';
import { passwordResetPaths } from '@knutepunkt/domain';
import { lazyPage } from '../../components/lazy-page.tsx';

/** Asking for a reset link and choosing the new password (docs/adr/0015). */
export const passwordResetRoutes: RouteObject[] = [
  {
    path: passwordResetPaths.web.forgot,
    ...lazyPage(async () => (await import('./ForgotPasswordPage.tsx')).ForgotPasswordPage),
  },
  {
    path: passwordResetPaths.web.reset,
    ...lazyPage(async () => (await import('./ResetPasswordPage.tsx')).ResetPasswordPage),
  },
];
