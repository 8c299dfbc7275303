import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  HTML_LANG,
  hasMessage,
  translateWith,
  type Locale,
  type MessageParams,
  type Translations,
} from '@knutepunkt/domain/i18n';
import { I18nContext, type I18nContextValue } from './context.ts';
import type { AppMessageKey } from './register.ts';

export interface I18nProviderProps {
  /** The language to show. When the owner changes this prop, the interface follows. */
  locale: Locale;
  /**
   * The strings this app ships: `webMessages` from `@knutepunkt/domain/i18n/web`, `adminMessages`
   * from `/admin`, `commonMessages` in packages/ui's own tests and stories. Passed in rather than
   * imported here, so that each bundle holds only its own app's strings.
   */
  messages: Readonly<Record<AppMessageKey, Translations>>;
  /**
   * Called when the user picks a language. The apps save the choice here (a cookie, the
   * user's profile); this provider never persists anything itself.
   */
  onLocaleChange?: (locale: Locale) => void;
  children: ReactNode;
}

/**
 * Holds the interface language. It switches at once when the user picks a language, without
 * waiting for the owner to feed the new `locale` back, so the page never shows a stale
 * language while a cookie or profile is being saved.
 */
export function I18nProvider({ locale: localeProp, messages, onLocaleChange, children }: I18nProviderProps) {
  const [locale, setCurrent] = useState<Locale>(localeProp);
  const [lastProp, setLastProp] = useState<Locale>(localeProp);
  // The owner's prop wins when it changes (React's "adjust state when a prop changes" pattern:
  // set state during render instead of in an effect, so there is no render in the old language).
  if (localeProp !== lastProp) {
    setLastProp(localeProp);
    setCurrent(localeProp);
  }

  // Screen readers pick their voice from <html lang>; WCAG 3.1.1 wants it to match the page.
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[locale];
  }, [locale]);

  const setLocale = useCallback(
    (next: Locale) => {
      setCurrent(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );

  const value = useMemo<I18nContextValue>(
    () => ({
      locale,
      setLocale,
      t: (key: AppMessageKey, params?: MessageParams) => translateWith(messages, locale, key, params),
      isMessageKey: (key: string): key is AppMessageKey => hasMessage(messages, key),
    }),
    [locale, messages, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
