import { createContext, useContext } from 'react';
import { pathTo, shellPaths } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';

export type Account = NonNullable<AdminRouterOutputs['account']['me']>;

/** May this person use the admin app at all? The same rule as canUseAdminApp on the server. */
export function isStaff(account: Pick<Account, 'isAdmin' | 'coordinatorOf'>): boolean {
  return account.isAdmin || account.coordinatorOf.length > 0;
}

export const AccountContext = createContext<Account | null>(null);

/** The signed-in coordinator or admin. Only inside the pages behind RequireStaff. */
export function useAccount(): Account {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount() is only available behind <RequireStaff>.');
  return account;
}

/**
 * Where to go after signing in: a path inside this app, never another site
 * (`?neste=//evil.example` must not become an open redirect).
 */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export function signInPath(location: { pathname: string; search: string }): string {
  const here = `${location.pathname}${location.search}`;
  return pathTo(shellPaths.admin.signIn, undefined, { neste: here === shellPaths.admin.dashboard ? undefined : here });
}
