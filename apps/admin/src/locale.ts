import { DEFAULT_LOCALE, isLocale, type Locale } from '@knutepunkt/domain';

/**
 * The interface language outside React: the tRPC link reads it for the
 * `x-locale` header, so the server's error messages come in the language on
 * screen. The cookie `kp_locale` is the same one the web app and the server
 * read (the server uses it to set `<html lang>` before any script runs).
 */
const COOKIE = 'kp_locale';
const ONE_YEAR = 60 * 60 * 24 * 365;

let current: Locale = DEFAULT_LOCALE;

export function currentLocale(): Locale {
  return current;
}

export function setCurrentLocale(locale: Locale): void {
  current = locale;
}

export function readLocaleCookie(cookie: string = document.cookie): Locale | null {
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return isLocale(value) ? value : null;
    }
  }
  return null;
}

export function writeLocaleCookie(locale: Locale): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure}`;
}

/**
 * The language to start in: the saved choice, else what the server put in
 * `<html lang>` (from the browser's Accept-Language), else bokmål.
 */
export function initialLocale(): Locale {
  const fromCookie = readLocaleCookie();
  if (fromCookie) return fromCookie;
  const fromHtml = document.documentElement.lang;
  return isLocale(fromHtml) ? fromHtml : DEFAULT_LOCALE;
}
