import { isLocale, LOCALES, messagesFor, type Catalogue, type Locale } from '@knutepunkt/domain/i18n';
import type { Plugin } from 'vite';
import { loaderSource } from './loader.ts';

/**
 * Interface strings are written as `{ key: { nb, nn, en } }` (packages/domain/src/i18n), so a
 * missing language is a type error. Shipped that way, every visitor would download all three
 * languages; this plugin serves each language as a module of its own instead, and a big
 * module's strings apart from the rest (docs/adr/0009, "Groups"):
 *
 * - `virtual:knutepunkt-messages/<locale>`: `export default { key: 'text', … }`, one language of
 *   the catalogue the app gives the plugin but for its groups' keys (the core);
 * - `virtual:knutepunkt-messages/<locale>/<group>`: one group's strings in one language;
 * - `virtual:knutepunkt-messages`: `loadMessages(locale)` for I18nProvider and
 *   `loadMessageGroup(group)` for the pages that need a group (src/loader.ts).
 *
 * The server's bundle (`vite build --ssr`) renders every page, so there a language's module
 * holds all its strings and loading a group does nothing.
 *
 * Both apps use it (`messagesPlugin(webMessages, { groups, eager })`, `messagesPlugin(adminMessages)`).
 */
export const MESSAGES_MODULE = 'virtual:knutepunkt-messages';

export interface MessageGroups {
  /** Group name → the prefix of its keys, such as `{ practice: 'practice.' }`. */
  groups?: Readonly<Record<string, string>>;
  /**
   * Keys of a group that stay in the core all the same: those a page outside the group shows
   * (the menu's `practice.web.nav`, a link to the module from another module's page).
   */
  eager?: readonly string[];
}

/**
 * The module of one language's core strings, or of one group's. It is also its key in the Vite
 * manifest, where `pnpm size` finds the default language's core (every page loads it before
 * first paint) and the groups a page's route loads.
 */
export const messagesModule = (locale: Locale, group?: string) =>
  group === undefined ? `${MESSAGES_MODULE}/${locale}` : `${MESSAGES_MODULE}/${locale}/${group}`;

// Rollup's convention: a leading \0 marks an id as virtual, so no other plugin reads it as a file.
const RESOLVED = `\0${MESSAGES_MODULE}`;

/** The group a key belongs to, or undefined for a core key (no group's prefix, or eager). */
export function groupOf(key: string, options: MessageGroups): string | undefined {
  if (options.eager?.includes(key)) return undefined;
  return Object.entries(options.groups ?? {}).find(([, prefix]) => key.startsWith(prefix))?.[0];
}

export function messagesPlugin(catalogue: Catalogue, options: MessageGroups = {}): Plugin {
  const groupNames = Object.keys(options.groups ?? {});
  for (const key of options.eager ?? []) {
    if (!(key in catalogue)) throw new Error(`messagesPlugin: the eager key ${key} is not in the catalogue`);
  }
  /** One language's strings of a group (or of the core, `undefined`). */
  const strings = (locale: Locale, group: string | undefined) => {
    const all = messagesFor(catalogue, locale);
    return Object.fromEntries(Object.entries(all).filter(([key]) => groupOf(key, options) === group));
  };
  return {
    name: 'knutepunkt:messages',
    resolveId(id) {
      return id === MESSAGES_MODULE || id.startsWith(`${MESSAGES_MODULE}/`) ? `\0${id}` : null;
    },
    load(id, loadOptions) {
      const server = this?.environment?.config.consumer === 'server' || loadOptions?.ssr === true;
      if (id === RESOLVED) return loaderSource(groupNames, !server);
      if (!id.startsWith(`${RESOLVED}/`)) return null;
      const [locale, group, ...rest] = id.slice(RESOLVED.length + 1).split('/');
      if (!locale || !isLocale(locale)) {
        throw new Error(`${id.slice(1)}: no such language (${LOCALES.join(', ')})`);
      }
      if (rest.length > 0 || (group !== undefined && !groupNames.includes(group))) {
        throw new Error(`${id.slice(1)}: no such group (${groupNames.join(', ') || 'none'})`);
      }
      const text = server ? (group ? {} : messagesFor(catalogue, locale)) : strings(locale, group);
      return `export default ${JSON.stringify(text)};\n`;
    },
  };
}
