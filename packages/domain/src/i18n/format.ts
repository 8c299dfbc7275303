import type { Catalogue } from './define.ts';
import type { Locale } from './locale.ts';

export type MessageParams = Record<string, string | number>;

/** Whether `key` names a string in `catalogue` (own keys only: 'constructor' is not a message). */
export function hasMessage<Key extends string>(catalogue: Readonly<Record<Key, unknown>>, key: string): key is Key {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/**
 * Translate a key from the given catalogue, filling `{placeholders}`. An unknown key returns
 * itself so it is visible, never blank. The catalogue is a parameter so that each app bundles
 * only its own strings (see catalogues/).
 */
export function translateWith(catalogue: Catalogue, locale: Locale, key: string, params?: MessageParams): string {
  const entry = hasMessage(catalogue, key) ? catalogue[key] : undefined;
  const text: string = entry ? entry[locale] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
