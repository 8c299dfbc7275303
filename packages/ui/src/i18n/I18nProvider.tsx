import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { HTML_LANG, translate, type Locale, type MessageKey, type MessageParams } from '@knutepunkt/domain/i18n';
import { I18nContext, type I18nContextValue } from './context.ts';

export interface I18nProviderProps {
  /** The language to show. When the owner changes this prop, the interface follows. */
  locale: Locale;
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
export function I18nProvider({ locale: localeProp, onLocaleChange, children }: I18nProviderProps) {
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
      t: (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
