import type { Locale } from './locale.ts';

/** One interface string in all three languages. The type makes a missing one a type error. */
export type Translations = Record<Locale, string>;

/** A set of interface strings by key: one module's file, or everything one app ships. */
export type Catalogue = Readonly<Record<string, Translations>>;

/**
 * Declares a group of messages. Keys are dotted (`organisations.web.directory.title`) and start
 * with the module the file belongs to (docs/adr/0009); `{name}` placeholders are filled when
 * the string is translated.
 */
export function defineMessages<const T extends Record<string, Translations>>(messages: T): T {
  return messages;
}
