import { dehydrate, hydrate, type DehydratedState, type Query, type QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { httpStatusOf } from '../trpc.ts';
import type { ProcedureErrorShape } from './procedure-link.ts';

/**
 * The data a server-rendered page was rendered with, handed to the browser in the page itself
 * (`<script id="kp-state" type="application/json">`), so the app hydrates with the same data and
 * fetches none of it again.
 */
export const STATE_ELEMENT_ID = 'kp-state';

/**
 * Failures that are the page's answer (not found, archived) travel too: the page shows them, and
 * the browser must render the same thing. Any other failure is left out, so the browser tries
 * again itself.
 */
export function isPageAnswer(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 404 || status === 410;
}

type Wired = { trpcError: ProcedureErrorShape };

/** A TRPCClientError does not survive JSON (its message is not enumerable): send its shape. */
function toWire(error: unknown): Wired | null {
  return error instanceof TRPCClientError ? { trpcError: error.shape as ProcedureErrorShape } : null;
}

function fromWire(error: unknown): unknown {
  const wired = error as Partial<Wired> | null;
  return wired?.trpcError ? TRPCClientError.from({ error: wired.trpcError }) : error;
}

/** On the server: the queries the page was rendered with. */
export function dehydratePage(queryClient: QueryClient): DehydratedState {
  const state = dehydrate(queryClient, {
    shouldDehydrateQuery: (query: Query) =>
      query.state.status === 'success' || (query.state.status === 'error' && isPageAnswer(query.state.error)),
  });
  for (const query of state.queries) {
    // The wire form stands in for the error until hydratePage turns it back into one.
    if (query.state.error)
      query.state = { ...query.state, error: toWire(query.state.error) as unknown as Error, fetchFailureReason: null };
  }
  return state;
}

/**
 * In the browser, before hydrating: the server's queries. Their time is now, not when the
 * server rendered them: a page can come from the server's cache, which keeps it only while the
 * content is unchanged (apps/server/src/cache), so what it holds is as fresh as a fetch now.
 */
export function hydratePage(queryClient: QueryClient, state: DehydratedState): void {
  const now = Date.now();
  const queries = state.queries.map((query) => ({
    ...query,
    dehydratedAt: now,
    state: {
      ...query.state,
      error: query.state.error ? fromWire(query.state.error) : query.state.error,
      dataUpdatedAt: query.state.dataUpdatedAt ? now : 0,
      errorUpdatedAt: query.state.errorUpdatedAt ? now : 0,
    },
  }));
  hydrate(queryClient, { ...state, queries } as DehydratedState);
}
