import { useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { Locale } from '@knutepunkt/domain';
import { QueryStatesProvider } from '@knutepunkt/ui';
import { TRPCProvider, createQueryClient, createWebClient } from '../trpc.ts';
import { LocaleProvider } from './LocaleProvider.tsx';
import { webQueryStates } from './PageStates.tsx';

export interface ProvidersProps {
  initialLocale: Locale;
  /** Tests pass their own (a fresh cache, a fetch that answers from the test). */
  queryClient?: QueryClient;
  trpcClient?: ReturnType<typeof createWebClient>;
  children: ReactNode;
}

/** Data (TanStack Query + tRPC), language and how pages show their data's states, around the router. */
export function Providers({
  initialLocale,
  queryClient: givenQueryClient,
  trpcClient: givenClient,
  children,
}: ProvidersProps) {
  // Created once per app, never per render.
  const [queryClient] = useState(() => givenQueryClient ?? createQueryClient());
  const [trpcClient] = useState(() => givenClient ?? createWebClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider queryClient={queryClient} trpcClient={trpcClient}>
        <LocaleProvider initialLocale={initialLocale}>
          <QueryStatesProvider views={webQueryStates}>{children}</QueryStatesProvider>
        </LocaleProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
