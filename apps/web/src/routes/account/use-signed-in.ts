import { useQueryClient } from '@tanstack/react-query';
import { type Account, isMeQuery, useTRPC } from '../../trpc.ts';

/**
 * After signing in or registering: the account becomes `me` at once (the header and the
 * language follow), and anything fetched as a signed-out visitor is fetched again.
 */
export function useOnSignedIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (account: Account) => {
    queryClient.removeQueries({ predicate: (q) => !isMeQuery(q.queryKey) });
    queryClient.setQueryData(trpc.account.me.queryKey(), account);
  };
}
