import type { Locale } from './locale.ts';

/** One interface string in all three languages. The type makes a missing one a type error. */
export type Translations = Record<Locale, string>;

/**
 * Declares a group of messages. Keys are dotted (`org.directory.title`);
 * `{name}` placeholders are filled by `translate`.
 */
export function defineMessages<const T extends Record<string, Translations>>(messages: T): T {
  return messages;
}
