/** The interface languages: bokmål (default), nynorsk, English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Each language's own name, for the language switcher and for content tags. */
export const LOCALE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The value for `<html lang>` and Intl: BCP 47 tags. */
export const HTML_LANG: Record<Locale, string> = { nb: 'nb', nn: 'nn', en: 'en' };

/**
 * The locales to give Intl (dates, numbers) for each language, with the region, so dates read as
 * they do in Norway (and British English). Some browsers' Intl has no nynorsk data (Debian's
 * Chromium among them) and would fall back to American English; bokmål comes next, and writes
 * dates and numbers as nynorsk does. The server (which has nynorsk) and the browser thus render
 * the same text, which hydrating a server-rendered page needs.
 */
export const INTL_LOCALES: Record<Locale, string[]> = { nb: ['nb-NO'], nn: ['nn-NO', 'nb-NO'], en: ['en-GB'] };

/** Pick the best interface language from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('nn')) return 'nn';
    if (tag.startsWith('nb') || tag.startsWith('no')) return 'nb';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
