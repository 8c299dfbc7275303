import { DEFAULT_LOCALE, HTML_LANG, isLocale, type Locale } from '@knutepunkt/domain';

/**
 * The interface language outside React: where it is read from on start, where a choice is
 * kept, and what the tRPC link sends as `x-locale` so the server's messages come back in it.
 */

export const LOCALE_COOKIE = 'kp_locale';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * The language of the address first (`?lang=nn`, a page shared or found in that language), then
 * the cookie (the visitor's own choice), then `<html lang>` (set by the server from the browser's).
 * The server picks the language of the page it renders in the same order (apps/server/src/ssr).
 */
export function readInitialLocale(): Locale {
  const fromAddress = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromAddress)) return fromAddress;
  const fromCookie = readCookie(LOCALE_COOKIE);
  if (isLocale(fromCookie)) return fromCookie;
  const fromHtml = document.documentElement.lang.toLowerCase();
  if (isLocale(fromHtml)) return fromHtml;
  if (fromHtml.startsWith('no')) return 'nb';
  return DEFAULT_LOCALE;
}

let current: Locale = DEFAULT_LOCALE;

/** The language the next request should ask for. */
export function currentLocale(): Locale {
  return current;
}

/** Start from a language without writing a cookie (the visitor has not chosen anything yet). */
export function initLocale(locale: Locale): void {
  current = locale;
  document.documentElement.lang = HTML_LANG[locale];
}

/**
 * Remember a chosen language in this browser: a cookie the server also reads (so the first
 * HTML already has the right `<html lang>`), and `<html lang>` at once for screen readers.
 */
export function storeLocale(locale: Locale): void {
  current = locale;
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LOCALE_COOKIE}=${locale}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; SameSite=Lax${secure}`;
  document.documentElement.lang = HTML_LANG[locale];
}
