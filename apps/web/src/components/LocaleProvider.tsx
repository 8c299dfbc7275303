import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@knutepunkt/domain';
import { I18nProvider } from '@knutepunkt/ui';
import { loadMessages } from 'virtual:knutepunkt-messages';
import { storeLocale } from '../locale.ts';
import { useTRPC, useTRPCClient } from '../trpc.ts';

/**
 * Owns the interface language. A choice is kept in a cookie (and `<html lang>`) for everyone and,
 * for a signed-in person, on their account too; after signing in, the account's saved language wins.
 */
export function LocaleProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.account.me.queryOptions());

  const onLocaleChange = useCallback(
    (next: Locale) => {
      storeLocale(next);
      setLocale(next);
      const meKey = trpc.account.me.queryKey();
      const account = queryClient.getQueryData(meKey);
      if (account && account.locale !== next) {
        queryClient.setQueryData(meKey, (old) => (old ? { ...old, locale: next } : old));
        // The cookie already holds the choice, so a failed save only loses it on other devices.
        client.account.setLocale.mutate({ locale: next }).catch(() => undefined);
      }
      // Failed queries hold a message in the old language: ask again in the new one.
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    },
    [client, queryClient, trpc],
  );

  // Adopt the account's language once when someone is (or becomes) signed in.
  const adoptedFor = useRef<string | null>(null);
  const account = me.data;
  useEffect(() => {
    if (!account) {
      adoptedFor.current = null;
      return;
    }
    if (adoptedFor.current === account.id) return;
    adoptedFor.current = account.id;
    if (account.locale !== locale) {
      storeLocale(account.locale);
      setLocale(account.locale);
    }
  }, [account, locale]);

  return (
    <I18nProvider locale={locale} loadMessages={loadMessages} onLocaleChange={onLocaleChange}>
      {children}
    </I18nProvider>
  );
}
