import type { Locale } from './locale.ts';
import { messages, type MessageKey } from './messages/index.ts';

export * from './locale.ts';
export * from './define.ts';
export { messages, type MessageKey } from './messages/index.ts';

export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** Translate a key, filling `{placeholders}`. An unknown key returns itself so it is visible, never blank. */
export function translate(locale: Locale, key: string, params?: MessageParams): string {
  const entry = isMessageKey(key) ? messages[key] : undefined;
  const text: string = entry ? entry[locale] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}
