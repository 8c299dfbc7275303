import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { TRPCClientError, createTRPCClient, httpBatchLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { WebRouter, WebRouterOutputs } from '@knutepunkt/api';
import { currentLocale } from './locale.ts';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<WebRouter>();

export type Outputs = WebRouterOutputs;
export type Account = NonNullable<WebRouterOutputs['account']['me']>;

/** The header the server's CSRF check wants on every POST (a cross-site form cannot add it). */
export const CSRF_HEADER = 'x-knutepunkt-csrf';

export function createWebClient(options: { url?: string; fetch?: typeof fetch } = {}) {
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const batchLink = () =>
    httpBatchLink({
      url: options.url ?? '/trpc',
      // Read per request: the language can change while the app runs.
      headers: () => ({ [CSRF_HEADER]: '1', 'x-locale': currentLocale() }),
      // The session cookie is HttpOnly and same-origin; never send it anywhere else.
      fetch: (input, init) => baseFetch(input, { ...init, credentials: 'same-origin' } as RequestInit),
    });
  return createTRPCClient<WebRouter>({
    links: [
      // The conference's reads are batched only with each other, so the service worker can keep
      // their answers for offline use without ever keeping another read's (docs/adr/0024).
      splitLink({
        condition: (op) => op.type === 'query' && op.path.startsWith('conference.'),
        true: batchLink(),
        false: batchLink(),
      }),
    ],
  });
}

/** The HTTP status of a tRPC error, when the server sent one. */
export function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data = error.data as { httpStatus?: unknown } | null | undefined;
  return typeof data?.httpStatus === 'number' ? data.httpStatus : undefined;
}

/** Per-field messages the server sent for a rejected form (already translated). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as { fieldErrors?: unknown } | null | undefined;
  const fieldErrors = data?.fieldErrors;
  return fieldErrors && typeof fieldErrors === 'object' ? (fieldErrors as Record<string, string>) : {};
}

export function isNotFound(error: unknown): boolean {
  return httpStatusOf(error) === 404;
}

/** 410: the thing was public once and has been taken down on purpose (an archived example). */
export function isGone(error: unknown): boolean {
  return httpStatusOf(error) === 410;
}

/**
 * Retries help on bad Wi-Fi, but a 4xx answer will not change by asking again
 * (not found, not allowed, bad input, throttled), so those fail at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 3;
}

/** tRPC's query key for `account.me` starts with its path. */
export function isMeQuery(queryKey: readonly unknown[]): boolean {
  return JSON.stringify(queryKey[0]) === JSON.stringify(['account', 'me']);
}

export function createQueryClient(): QueryClient {
  // A 401 means the session ended (expired, or signed out on another device): ask who we are
  // again, so the header stops showing "Min side" and pages offer to sign in.
  const onError = (error: unknown) => {
    if (httpStatusOf(error) === 401) void queryClient.invalidateQueries({ predicate: (q) => isMeQuery(q.queryKey) });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        // Directory data changes seldom; refetching on every tab switch costs phones on slow networks.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A failed query shows its error with "try again" rather than asking again by itself when a
        // page mounts. This is also what lets a server-rendered "not found" hydrate as it was rendered
        // (ssr/query-state.ts): with a retry on mount, the first render would show "loading" instead.
        retryOnMount: false,
      },
      // A form submit is never repeated by itself: the person decides to try again.
      mutations: { retry: false },
    },
  });
  return queryClient;
}
