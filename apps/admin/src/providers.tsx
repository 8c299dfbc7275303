import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { QueryClientProvider, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Locale } from '@knutepunkt/domain';
import { I18nProvider, QueryStatesProvider } from '@knutepunkt/ui';
import { loadMessages } from 'virtual:knutepunkt-messages';
import { adminQueryStates } from './components/PageStates.tsx';
import { initialLocale, setCurrentLocale, writeLocaleCookie } from './locale.ts';
import { TRPCProvider, useTRPC, useTRPCClient, type AdminClient } from './trpc.ts';

export interface AppProvidersProps {
  client: AdminClient;
  queryClient: QueryClient;
  /** The language to start in; by default the saved choice (see initialLocale). */
  locale?: Locale;
  children: ReactNode;
}

export function AppProviders({ client, queryClient, locale, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={client} queryClient={queryClient}>
        <LocaleRoot initial={locale}>
          <QueryStatesProvider views={adminQueryStates}>{children}</QueryStatesProvider>
        </LocaleRoot>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/**
 * Owns the interface language. A choice is kept in the `kp_locale` cookie and,
 * for a signed-in person, on the account (account.setLocale), so the server's
 * messages and e-mails follow it too. When someone signs in (or the app opens
 * with a session), the app switches to the language saved on their account.
 */
function LocaleRoot({ initial, children }: { initial: Locale | undefined; children: ReactNode }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [locale, setLocale] = useState<Locale>(() => {
    const start = initial ?? initialLocale();
    setCurrentLocale(start);
    return start;
  });

  const apply = useCallback((next: Locale) => {
    setCurrentLocale(next);
    writeLocaleCookie(next);
    setLocale(next);
  }, []);

  const onLocaleChange = useCallback(
    (next: Locale) => {
      apply(next);
      const key = trpc.account.me.queryKey();
      const me = queryClient.getQueryData(key);
      if (me && me.locale !== next) {
        queryClient.setQueryData(key, (old) => (old ? { ...old, locale: next } : old));
        // The cookie already holds the choice; a failed save only means the account keeps the old one.
        client.account.setLocale.mutate({ locale: next }).catch(() => undefined);
      }
    },
    [apply, client, queryClient, trpc],
  );

  // Adopt the account's language once per person signed in.
  const me = useQuery(trpc.account.me.queryOptions());
  const adoptedFor = useRef<string | null>(null);
  const account = me.data;
  useEffect(() => {
    if (account === null) adoptedFor.current = null;
    if (!account || adoptedFor.current === account.id) return;
    adoptedFor.current = account.id;
    if (account.locale !== locale) apply(account.locale);
    // Only a new person signing in should trigger this, not a change of language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [account === null, account?.id]);

  return (
    <I18nProvider locale={locale} loadMessages={loadMessages} onLocaleChange={onLocaleChange}>
      {children}
    </I18nProvider>
  );
}
