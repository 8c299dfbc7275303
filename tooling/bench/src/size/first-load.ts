import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LOCALE } from '@knutepunkt/domain/i18n';
import { messagesModule } from '@knutepunkt/vite-messages';

/**
 * What a browser downloads as JavaScript before a page can paint, read from a finished Vite
 * build (nothing is built here): the `<script type="module">` entry of index.html, every
 * `<link rel="modulepreload">` beside it, and for a page behind a lazy route, the route's chunk
 * with every chunk it imports statically (followed through the Vite manifest, build.manifest).
 * Dynamic imports inside those chunks are left out (they load on demand, after first paint), but
 * for the few an entry awaits before it renders: the default language's interface strings (its
 * core), and the groups of strings a page's route loads with it (practice, meetings, conference:
 * apps/web/src/message-groups.ts), which the page awaits before it renders.
 */

/** One chunk of Vite's manifest (`dist/.vite/manifest.json`), with the fields used here. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically. */
  imports?: string[];
  /** Manifest keys of the chunks this one imports with `import()`. */
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** A built app: where its files are, what index.html loads at once, and its manifest. */
export interface BuiltApp {
  dir: string;
  /** Files (relative to dir, no leading slash) that index.html loads as module scripts or preloads. */
  htmlScripts: string[];
  manifest: Manifest;
}

export const MANIFEST_PATH = path.join('.vite', 'manifest.json');

/** The value of one attribute in a tag's text, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** A URL path from index.html as a file in dist (`/assets/x.js` → `assets/x.js`). */
function toFile(url: string): string {
  return url.replace(/^\.?\//, '').split(/[?#]/, 1)[0]!;
}

/** The module scripts and module preloads of an index.html, in document order. */
export function scriptsOfHtml(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, 'type') === 'module';
    const isPreload = /^<link/i.test(tag) && attribute(tag, 'rel') === 'modulepreload';
    const url = isModuleScript ? attribute(tag, 'src') : isPreload ? attribute(tag, 'href') : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url)) files.push(toFile(url));
  }
  return files;
}

/** Reads a build; says clearly what is missing rather than measuring nothing. */
export function readBuiltApp(dir: string): BuiltApp {
  const indexPath = path.join(dir, 'index.html');
  const manifestPath = path.join(dir, MANIFEST_PATH);
  if (!fs.existsSync(indexPath)) throw new Error(`${indexPath} is missing: build the app first (pnpm build)`);
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${manifestPath} is missing: the app's vite.config.ts must set build.manifest: true`);
  }
  return {
    dir,
    htmlScripts: scriptsOfHtml(fs.readFileSync(indexPath, 'utf8')),
    manifest: JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest,
  };
}

/** The chunk named by a manifest key, and every chunk it imports statically, as files. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`the Vite manifest has no chunk "${k}"`);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

/**
 * The modules an app's entry imports dynamically but awaits before its first render: the
 * interface strings of the default language (bokmål), one chunk per language (tooling/vite-messages).
 * A visitor in another language loads that one instead, of about the same size.
 */
export const AWAITED_BY_ENTRY: readonly string[] = [messagesModule(DEFAULT_LOCALE)];

/**
 * The JavaScript files of a page's first load: index.html's scripts and preloads, the static
 * imports of each entry among them with the modules it awaits (`awaited`, found among the entry's
 * dynamic imports), each of `routeModules` (manifest keys such as
 * `src/routes/practice/SearchPage.tsx`, the modules a lazy route imports) with its static imports,
 * and the default language's chunk of each of `messageGroups` (the groups the route loads).
 *
 * A route module in a folder named like a group of the build (`src/routes/practice/…` and
 * `virtual:knutepunkt-messages/nb/practice`) must count that group: its pages load it, and a
 * figure without it would be too small.
 */
export function firstLoadFiles(
  app: BuiltApp,
  routeModules: readonly string[] = [],
  awaited: readonly string[] = AWAITED_BY_ENTRY,
  messageGroups: readonly string[] = [],
): string[] {
  const files = new Set(app.htmlScripts);
  for (const [key, chunk] of Object.entries(app.manifest)) {
    if (!chunk.isEntry || !files.has(chunk.file)) continue;
    for (const f of staticClosure(app.manifest, key)) files.add(f);
    for (const module of awaited) {
      if (!chunk.dynamicImports?.includes(module)) {
        throw new Error(
          `the entry ${chunk.file} does not import ${module}: are the strings still loaded per language?`,
        );
      }
      for (const f of staticClosure(app.manifest, module)) files.add(f);
    }
  }
  for (const key of routeModules) {
    const chunk = app.manifest[key];
    if (!chunk) throw new Error(`${key} is not a chunk of the build: is it still loaded by a lazy route?`);
    for (const f of staticClosure(app.manifest, key)) files.add(f);
    const folder = /^src\/routes\/([^/]+)\//.exec(key)?.[1];
    if (folder && app.manifest[messagesModule(DEFAULT_LOCALE, folder)] && !messageGroups.includes(folder)) {
      throw new Error(`${key} loads the ${folder} group of strings, which its page does not count (messages)`);
    }
  }
  for (const group of messageGroups) {
    const key = messagesModule(DEFAULT_LOCALE, group);
    if (!app.manifest[key]) throw new Error(`${key} is not a chunk of the build: is the ${group} group still split?`);
    for (const f of staticClosure(app.manifest, key)) files.add(f);
  }
  return [...files];
}

export interface Size {
  files: string[];
  raw: number;
  gzip: number;
}

/** One file's sizes, in bytes. */
type FileSize = Pick<Size, 'raw' | 'gzip'>;

/**
 * Sizes of files in a build: bytes as stored, and gzipped at zlib's default level as the
 * server's compression sends them. Pass one cache when measuring many pages that share files.
 */
export function sizeOf(app: BuiltApp, files: readonly string[], cache = new Map<string, FileSize>()): Size {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const filePath = path.join(app.dir, file);
    let size = cache.get(filePath);
    if (!size) {
      const content = fs.readFileSync(filePath);
      size = { raw: content.length, gzip: gzipSync(content).length };
      cache.set(filePath, size);
    }
    raw += size.raw;
    gzip += size.gzip;
  }
  return { files: [...files], raw, gzip };
}
