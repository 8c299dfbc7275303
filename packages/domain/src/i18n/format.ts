import type { Catalogue, Translations } from './define.ts';
import type { Locale } from './locale.ts';

export type MessageParams = Record<string, string | number>;

/** Whether `key` names a string in `catalogue` (own keys only: 'constructor' is not a message). */
export function hasMessage<Key extends string>(catalogue: Readonly<Record<Key, unknown>>, key: string): key is Key {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** `text` with its `{placeholders}` filled; a placeholder without a value stays as written. */
function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Translate a key from the given catalogue, filling `{placeholders}`. An unknown key returns
 * itself so it is visible, never blank. The catalogue is a parameter so that each app bundles
 * only its own strings (see catalogues/).
 */
export function translateWith(catalogue: Catalogue, locale: Locale, key: string, params?: MessageParams): string {
  const entry = hasMessage(catalogue, key) ? catalogue[key] : undefined;
  return fill(entry ? entry[locale] : key, params);
}

/** One language's strings by key, as `messagesFor` picks them from a catalogue. */
export type LocaleMessages<Key extends string = string> = Readonly<Record<Key, string>>;

/**
 * The strings of one language from a catalogue (`{ key: { nb, nn, en } }` → `{ key: text }`).
 * The apps' build serves each language's strings as a chunk of its own (tooling/vite-messages),
 * so a visitor downloads only the language on screen; tests and stories call it directly.
 */
export function messagesFor<Key extends string>(
  catalogue: Readonly<Record<Key, Translations>>,
  locale: Locale,
): Record<Key, string> {
  const strings = {} as Record<Key, string>;
  for (const key of Object.keys(catalogue) as Key[]) strings[key] = catalogue[key][locale];
  return strings;
}

/** Like `translateWith`, from one language's strings (see `messagesFor`). */
export function formatMessage(strings: LocaleMessages, key: string, params?: MessageParams): string {
  const text = hasMessage(strings, key) ? strings[key] : undefined;
  return fill(text ?? key, params);
}
