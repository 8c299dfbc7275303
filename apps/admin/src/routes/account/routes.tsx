import type { RouteObject } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { SignInPage } from './SignInPage.tsx';

/** Signing in: open to everyone. */
export const accountRoutes: RouteObject[] = [{ path: shellPaths.admin.signIn, element: <SignInPage /> }];
