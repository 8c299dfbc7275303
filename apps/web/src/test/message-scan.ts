import path from 'node:path';
import { groupOf, type MessageGroups } from '@knutepunkt/vite-messages';

/**
 * A static scan of the web app's source for keys of a group of strings (src/message-groups.ts)
 * used where that group is not loaded. Each lazy page (a `lazyPage(…)` in a routes.tsx) loads
 * the groups it names; the entry (main.tsx and all it imports statically: the frame, the front
 * page) loads none. A page reaches every file it imports statically, across module folders
 * (Min side shows the meetings module's MyMeetings), and each grouped key in those files
 * (a string literal, or the head of a template literal such as `practice.state.${state}`) must
 * be of a group the page loads, or eager.
 */

export interface ScanInput extends MessageGroups {
  /** Source files by path relative to src/ ('routes/practice/SearchPage.tsx'). */
  files: ReadonlyMap<string, string>;
  /** Every key of the app's catalogue. */
  keys: readonly string[];
  /** The entry module ('main.tsx'). */
  entry: string;
}

export interface Problem {
  page: string;
  file: string;
  key: string;
  group: string;
}

export interface Page {
  module: string;
  groups: string[];
}

const LAZY_PAGE =
  /lazyPage\(\s*async\s*\(\)\s*=>\s*\(await import\(['"]([^'"]+)['"]\)\)\.\w+\s*(?:,\s*\{\s*messages:\s*(\[[^\]]*\]|'[^']*')\s*,?\s*\}\s*)?,?\s*\)/g;

/** The lazy pages a routes.tsx declares; throws on a `lazyPage(` call it cannot read. */
export function lazyPages(file: string, source: string): Page[] {
  const pages = [...source.matchAll(LAZY_PAGE)].map(([, module, groups]) => ({
    module: path.posix.join(path.posix.dirname(file), module!),
    groups: [...(groups ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!),
  }));
  const calls = source.match(/lazyPage\(/g)?.length ?? 0;
  if (calls !== pages.length) throw new Error(`${file}: read ${pages.length} of ${calls} lazyPage(…) calls`);
  return pages;
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The files a file imports statically (relative imports only; `import()` is not followed). */
function staticImports(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm),
  ].map((m) => m[1]!);
  return specifiers.map((s) => path.posix.join(path.posix.dirname(file), s));
}

/** The grouped, non-eager keys a file's literals name, with their group. */
function groupedKeys(source: string, input: ScanInput): { key: string; group: string }[] {
  const found: { key: string; group: string }[] = [];
  for (const [, single, double, template, cont] of source.matchAll(
    /'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\]*)(\$\{|`)/g,
  )) {
    const literal = single ?? double ?? (cont === '`' ? template : undefined);
    if (literal !== undefined) {
      const group = input.keys.includes(literal) ? groupOf(literal, input) : undefined;
      if (group) found.push({ key: literal, group });
    } else if (template && template.includes('.')) {
      // `practice.state.${state}`: every key it may build counts.
      const groups = new Set(input.keys.filter((k) => k.startsWith(template)).map((k) => groupOf(k, input)));
      for (const group of groups) if (group) found.push({ key: `${template}\${…}`, group });
    }
  }
  return found;
}

export function unloadedGroupKeys(input: ScanInput): { pages: Page[]; problems: Problem[] } {
  const source = (file: string) => withoutComments(input.files.get(file) ?? '');
  const pages: Page[] = [{ module: input.entry, groups: [] }];
  for (const file of input.files.keys()) {
    if (file.endsWith('routes.tsx')) pages.push(...lazyPages(file, source(file)));
  }
  const problems: Problem[] = [];
  for (const page of pages) {
    if (!input.files.has(page.module)) throw new Error(`${page.module}: no such file`);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !input.files.has(file)) return;
      seen.add(file);
      const text = source(file);
      for (const { key, group } of groupedKeys(text, input)) {
        if (!page.groups.includes(group)) problems.push({ page: page.module, file, key, group });
      }
      staticImports(file, text).forEach(visit);
    };
    visit(page.module);
  }
  return { pages, problems };
}
