import { LOCALES } from '@knutepunkt/domain/i18n';

const MODULE = 'virtual:knutepunkt-messages';
const importer = (id: string) => `() => import(${JSON.stringify(`${MODULE}/${id}`)})`;

/**
 * The source of `virtual:knutepunkt-messages`, the loader the apps call.
 *
 * Each language that is asked for gets one object of strings, which I18nProvider's `t` reads:
 * its core is merged into it, then every group asked for (`loadMessageGroup`), in that language
 * and in any language asked for later. Merging into the same object lets a page's strings
 * arrive without the provider having to know about groups; the pages that use a group load it
 * before they render (apps/web/src/components/lazy-page.tsx), so no one reads a key meanwhile.
 *
 * `loadMessages(locale)` answers at once (not a promise) when the language's core and every
 * group asked for so far are in: I18nProvider renders its first frame from that.
 * A failed download (offline) is forgotten, so asking again tries again.
 *
 * `split` is false in the server's bundle: there the language's module holds every string and a
 * group has nothing to add.
 */
export function loaderSource(groupNames: readonly string[], split: boolean): string {
  const languages = LOCALES.map((locale) => `  ${locale}: ${importer(locale)},`).join('\n');
  const groups = groupNames
    .map((group) => {
      const byLocale = LOCALES.map((l) => `${l}: ${split ? importer(`${l}/${group}`) : 'null'}`).join(', ');
      return `  ${JSON.stringify(group)}: { ${byLocale} },`;
    })
    .join('\n');
  return `const languages = {
${languages}
};
const groups = {
${groups}
};
export const messageGroups = Object.keys(groups);
const states = {};
const wanted = new Set();

function loadGroupIn(state, locale, group) {
  const load = groups[group][locale];
  if (!load || state.groups[group] === true) return true;
  if (state.groups[group]) return state.groups[group];
  const loading = load().then((module) => {
    Object.assign(state.strings, module.default);
    state.groups[group] = true;
  });
  loading.catch(() => delete state.groups[group]);
  return (state.groups[group] = loading);
}

export function loadMessages(locale) {
  const state = (states[locale] ??= { strings: {}, core: undefined, groups: {} });
  if (!state.core) {
    const loading = languages[locale]().then((module) => {
      Object.assign(state.strings, module.default);
      state.core = true;
    });
    loading.catch(() => (state.core = undefined));
    state.core = loading;
  }
  const pending = [state.core, ...[...wanted].map((group) => loadGroupIn(state, locale, group))];
  if (pending.every((done) => done === true)) return state.strings;
  // Again once these are in: a group asked for meanwhile is waited for too.
  return Promise.all(pending).then(() => loadMessages(locale));
}

export function loadMessageGroup(group) {
  if (!Object.hasOwn(groups, group)) return Promise.reject(new Error(\`no message group "\${group}"\`));
  wanted.add(group);
  return Promise.all(Object.entries(states).map(([locale, state]) => loadGroupIn(state, locale, group))).then(() => {});
}
`;
}
