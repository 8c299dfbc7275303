import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  HTML_LANG,
  formatMessage,
  hasMessage,
  type Locale,
  type LocaleMessages,
  type MessageParams,
} from '@knutepunkt/domain/i18n';
import { I18nContext, type I18nContextValue } from './context.ts';
import type { AppMessageKey } from './register.ts';

/** One language's strings of the app being compiled. */
export type AppMessages = LocaleMessages<AppMessageKey>;

/**
 * Gives the strings of a language: at once when they are at hand, else a promise. The apps pass
 * `loadMessages` from `virtual:knutepunkt-messages` (tooling/vite-messages: one chunk per
 * language, so a visitor downloads only the language on screen); packages/ui's tests and
 * stories pick from the common catalogue (`(locale) => messagesFor(commonMessages, locale)`).
 */
export type LoadMessages = (locale: Locale) => AppMessages | Promise<AppMessages>;

export interface I18nProviderProps {
  /** The language to show. When the owner changes this prop, the interface follows. */
  locale: Locale;
  /**
   * Where this app's strings come from. Passed in rather than imported here, so that each
   * bundle holds only its own app's strings. The first language should be at hand when the
   * provider first renders (the apps' main.tsx awaits it); until it is, nothing is rendered.
   */
  loadMessages: LoadMessages;
  /**
   * Called when the user picks a language, once its strings are loaded. The apps save the choice
   * here (a cookie, the user's profile); this provider never persists anything itself.
   */
  onLocaleChange?: (locale: Locale) => void;
  children: ReactNode;
}

interface Shown {
  locale: Locale;
  messages: AppMessages;
}

const isPromise = <T,>(value: T | Promise<T>): value is Promise<T> => value instanceof Promise;

/**
 * Holds the interface language. A new language (picked by the user, or the owner's `locale`
 * prop) is shown once its strings are loaded: until then the page stays in the current language,
 * never showing keys. When the user picks one, it switches without waiting for the owner to feed
 * the new `locale` back, so the page never shows a stale language while a cookie or profile is
 * being saved.
 */
export function I18nProvider({ locale: localeProp, loadMessages, onLocaleChange, children }: I18nProviderProps) {
  const [shown, setShown] = useState<Shown | null>(() => {
    const ready = loadMessages(localeProp);
    return isPromise(ready) ? null : { locale: localeProp, messages: ready };
  });
  // Each request to change language takes a number; only the latest may switch, so a slow
  // download cannot overwrite a language picked after it.
  const latest = useRef(0);

  const show = useCallback(
    (next: Locale, then?: (locale: Locale) => void) => {
      const request = ++latest.current;
      const apply = (messages: AppMessages) => {
        if (request !== latest.current) return;
        setShown((current) =>
          current?.locale === next && current.messages === messages ? current : { locale: next, messages },
        );
        then?.(next);
      };
      const ready = loadMessages(next);
      // A language that fails to download (offline) leaves the page in the current one.
      if (isPromise(ready)) ready.then(apply, () => undefined);
      else apply(ready);
    },
    [loadMessages],
  );

  // The owner's prop wins when it changes (after the user's choice is fed back, or when the app
  // adopts the account's language). Strings at hand switch in this very render (React's "adjust
  // state when a prop changes": no render in the old language); others load in the effect below,
  // which also makes a slower download of an earlier choice stale.
  const [lastProp, setLastProp] = useState<Locale>(localeProp);
  if (localeProp !== lastProp) {
    setLastProp(localeProp);
    const ready = loadMessages(localeProp);
    if (!isPromise(ready)) setShown({ locale: localeProp, messages: ready });
  }
  const propShown = useRef<Locale | null>(shown ? localeProp : null);
  useEffect(() => {
    if (propShown.current === localeProp) return;
    propShown.current = localeProp;
    show(localeProp);
  }, [localeProp, show]);

  // Screen readers pick their voice from <html lang>; WCAG 3.1.1 wants it to match the page.
  const shownLocale = shown?.locale;
  useEffect(() => {
    if (shownLocale) document.documentElement.lang = HTML_LANG[shownLocale];
  }, [shownLocale]);

  const setLocale = useCallback((next: Locale) => show(next, onLocaleChange), [show, onLocaleChange]);

  const value = useMemo<I18nContextValue | null>(
    () =>
      shown && {
        locale: shown.locale,
        setLocale,
        t: (key: AppMessageKey, params?: MessageParams) => formatMessage(shown.messages, key, params),
        isMessageKey: (key: string): key is AppMessageKey => hasMessage(shown.messages, key),
      },
    [shown, setLocale],
  );

  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
