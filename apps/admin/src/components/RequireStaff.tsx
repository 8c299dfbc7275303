import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryView } from '@knutepunkt/ui';
import { AccountContext, isStaff, signInPath, useAccount } from '../account.ts';
import { useTRPC } from '../trpc.ts';
import { AdminOnlyPage, NoAccessPage } from './NoAccess.tsx';

/**
 * Every page but sign-in and the accessibility statement: without a session,
 * go to sign in (and come back here after); signed in without a coordinator's
 * or admin's role, say plainly that this app is not for them.
 */
export function RequireStaff() {
  const trpc = useTRPC();
  const location = useLocation();
  const me = useQuery(trpc.account.me.queryOptions());
  return (
    <QueryView query={me}>
      {(account) => {
        if (!account) return <Navigate to={signInPath(location)} replace />;
        if (!isStaff(account)) return <NoAccessPage account={account} />;
        return (
          <AccountContext.Provider value={account}>
            <Outlet />
          </AccountContext.Provider>
        );
      }}
    </QueryView>
  );
}

/** Pages for platform admins only. The server refuses the rest anyway; this explains it. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const account = useAccount();
  return account.isAdmin ? <>{children}</> : <AdminOnlyPage />;
}
