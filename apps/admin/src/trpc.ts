import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, isTRPCClientError, type TRPCClient } from '@trpc/client';
import { createTRPCContext, createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { AdminRouter } from '@knutepunkt/api';
import { currentLocale } from './locale.ts';
import { reauthFetch } from './reauth.ts';

/** The tRPC hooks for the admin router (types only come from @knutepunkt/api). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AdminRouter>();

export type AdminClient = TRPCClient<AdminRouter>;

/** The server refuses a POST without this header (CSRF protection, see apps/server/src/security.ts). */
export const CSRF_HEADER = 'x-knutepunkt-csrf';

export function createAdminClient(options: { url?: string; fetch?: typeof fetch } = {}): AdminClient {
  return createTRPCClient<AdminRouter>({
    links: [
      httpBatchLink({
        url: options.url ?? '/trpc',
        // The server translates its error messages into the language asked for here.
        headers: () => ({ [CSRF_HEADER]: '1', 'x-locale': currentLocale() }),
        // A sensitive action refused for an old password: ask for it, then send again (./reauth.ts).
        fetch: reauthFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init))),
      }),
    ],
  });
}

/** The HTTP status of a tRPC error, when the server sent one. */
export function errorStatus(error: unknown): number | undefined {
  if (!isTRPCClientError(error)) return undefined;
  const data = error.data as { httpStatus?: number } | null | undefined;
  return data?.httpStatus;
}

/**
 * A request the server refused (4xx) will be refused again: retrying only
 * delays the message. Network failures and 5xx get two more tries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = errorStatus(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 2;
}

/**
 * The query client, wired so that a session that ends while the app is open
 * (expired, or ended from another device) sends the person to sign in again:
 * any UNAUTHORIZED answer marks `account.me` stale, and the sign-in guard
 * reacts to the new answer.
 */
export function createAdminQueryClient(client: AdminClient): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
    queryCache: new QueryCache({
      onError: (error) => {
        if (isTRPCClientError(error) && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED') {
          void queryClient.invalidateQueries(options.account.me.queryFilter());
        }
      },
    }),
  });
  const options = createTRPCOptionsProxy<AdminRouter>({ client, queryClient });
  return queryClient;
}
