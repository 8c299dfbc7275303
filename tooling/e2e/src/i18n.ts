import { translate, type Locale, type MessageKey, type MessageParams } from '@knutepunkt/domain';

export type { Locale };

/**
 * An interface string as the apps show it, from their own message catalogues
 * (packages/domain/src/i18n/messages). A test that finds its labels and texts
 * through `t` runs in any language, and its nynorsk run fails where a page
 * still shows bokmål. An unknown key is a type error.
 */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return translate(locale, key, params);
}

/** The browser language of a person who reads the interface in `locale` (Accept-Language, Intl). */
export const BROWSER_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
