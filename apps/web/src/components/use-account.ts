import { useQuery } from '@tanstack/react-query';
import type { Actor } from '@knutepunkt/domain';
import { type Account, useTRPC } from '../trpc.ts';
import { useHydrating } from './use-hydrating.ts';

/**
 * The signed-in person (null when signed out), shared by the header and every page. Not known
 * while the server renders (pages are rendered as anyone sees them) nor while a part of the page
 * hydrates from that HTML: then it reads as still loading, as it did on the server.
 */
export function useAccountQuery() {
  const trpc = useTRPC();
  const query = useQuery(trpc.account.me.queryOptions());
  const hydrating = useHydrating();
  if (!hydrating || query.isPending) return query;
  return {
    ...query,
    data: undefined,
    error: null,
    status: 'pending',
    isPending: true,
    isSuccess: false,
    isError: false,
  } as unknown as typeof query;
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
