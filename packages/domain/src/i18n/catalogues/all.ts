import { hasMessage, translateWith, type MessageParams } from '../format.ts';
import type { Locale } from '../locale.ts';
import { adminMessages } from './admin.ts';
import { webMessages } from './web.ts';

/**
 * Every interface string: what the server translates (errors, e-mails, the feed) and what the
 * tests check. Every file is shared, web or admin, so the two apps' catalogues together hold
 * them all. Exported from `@knutepunkt/domain` only; the apps never import it (lint forbids it).
 */
export const messages = { ...webMessages, ...adminMessages };
export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return hasMessage(messages, key);
}

/** Translate a key, filling `{placeholders}`. An unknown key returns itself so it is visible, never blank. */
export function translate(locale: Locale, key: string, params?: MessageParams): string {
  return translateWith(messages, locale, key, params);
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}
