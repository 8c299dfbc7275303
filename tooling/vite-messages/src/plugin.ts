import { isLocale, LOCALES, messagesFor, type Catalogue, type Locale } from '@knutepunkt/domain/i18n';
import type { Plugin } from 'vite';

/**
 * Interface strings are written as `{ key: { nb, nn, en } }` (packages/domain/src/i18n), so a
 * missing language is a type error. Shipped that way, every visitor would download all three
 * languages; this plugin serves each language as a module of its own instead:
 *
 * - `virtual:knutepunkt-messages/<locale>`: `export default { key: 'text', … }`, one language of
 *   the catalogue the app gives the plugin, built when the bundle is;
 * - `virtual:knutepunkt-messages`: `loadMessages(locale)`, which imports a language's module on
 *   demand (a chunk of its own) and keeps what it loaded, for I18nProvider.
 *
 * Both apps use it (`messagesPlugin(webMessages)`, `messagesPlugin(adminMessages)`).
 */
export const MESSAGES_MODULE = 'virtual:knutepunkt-messages';

/**
 * The module of one language's strings. It is also its key in the Vite manifest, where
 * `pnpm size` finds the default language's chunk, which every page loads before first paint.
 */
export const messagesModule = (locale: Locale) => `${MESSAGES_MODULE}/${locale}`;

// Rollup's convention: a leading \0 marks an id as virtual, so no other plugin reads it as a file.
const RESOLVED = `\0${MESSAGES_MODULE}`;

/** The loader module. The cache holds a language's strings once loaded, its promise before. */
const loaderSource = `const importers = {
${LOCALES.map((locale) => `  ${locale}: () => import(${JSON.stringify(messagesModule(locale))}),`).join('\n')}
};
const loaded = {};
export function loadMessages(locale) {
  if (loaded[locale]) return loaded[locale];
  const loading = importers[locale]().then((module) => (loaded[locale] = module.default));
  // A failed download (offline) is forgotten, so choosing the language again tries again.
  loading.catch(() => delete loaded[locale]);
  return (loaded[locale] = loading);
}
`;

export function messagesPlugin(catalogue: Catalogue): Plugin {
  return {
    name: 'knutepunkt:messages',
    resolveId(id) {
      return id === MESSAGES_MODULE || id.startsWith(`${MESSAGES_MODULE}/`) ? `\0${id}` : null;
    },
    load(id) {
      if (id === RESOLVED) return loaderSource;
      if (!id.startsWith(`${RESOLVED}/`)) return null;
      const locale = id.slice(RESOLVED.length + 1);
      if (!isLocale(locale)) throw new Error(`${id.slice(1)}: no such language (${LOCALES.join(', ')})`);
      return `export default ${JSON.stringify(messagesFor(catalogue, locale))};\n`;
    },
  };
}
