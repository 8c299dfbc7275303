import { useQuery } from '@tanstack/react-query';
import type { Actor } from '@knutepunkt/domain';
import { type Account, useTRPC } from '../trpc.ts';

/** The signed-in person (null when signed out), shared by the header and every page. */
export function useAccountQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.account.me.queryOptions());
}

/**
 * The role facts the domain's decisions need, built from the account. The server decides
 * again on every request; the app only uses this to show the links a person can follow.
 */
export function actorOf(account: Account): Actor {
  return {
    userId: account.id,
    isAdmin: account.isAdmin,
    memberships: account.memberships
      .filter((m) => m.status === 'APPROVED')
      .map((m) => ({ organisationId: m.organisation.id, role: m.role })),
    coordinatorOf: account.coordinatorOf.map((n) => n.id),
  };
}
