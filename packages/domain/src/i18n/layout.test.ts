import { describe, expect, test } from 'vitest';
import { adminMessages } from './catalogues/admin.ts';
import { messages } from './catalogues/all.ts';
import { commonMessages } from './catalogues/common.ts';
import { webMessages } from './catalogues/web.ts';
import type { Catalogue } from './define.ts';

/**
 * The layout of interface strings (docs/adr/0009): `messages/<module>/<part>.ts` or
 * `<part>-<topic>.ts`, where the part says which app ships the file. Every key starts with
 * its file's prefix, no key is defined twice, and each app's catalogue gathers exactly the
 * files it should: a new file that is not added to catalogues/ fails here.
 */
type Part = 'shared' | 'web' | 'admin';
const FILE_NAME = /^(shared|web|admin)(-[a-z]+)*\.ts$/;

/** What every key in messages/<module>/<part>*.ts starts with. */
function prefixesOf(module: string, part: Part): string[] {
  if (module === 'common') return part === 'shared' ? ['error.', 'validation.', 'ui.'] : [];
  if (module === 'shell') return part === 'shared' ? [] : [`${part}.`];
  return part === 'shared' ? [`${module}.`] : [`${module}.${part}.`];
}

// The domain package has no Node types (it runs in browsers too), so the test reads the
// folder through a small typed view of node:fs.
const { readdirSync } = (await import('node:fs' as string)) as {
  readdirSync(path: URL, options: { withFileTypes: true }): { name: string; isDirectory(): boolean }[];
};
const folder = new URL('./messages/', import.meta.url);
const entries = readdirSync(folder, { withFileTypes: true });

interface MessageFile {
  path: string;
  module: string;
  part: Part | undefined;
  catalogues: Record<string, Catalogue>;
}
const files: MessageFile[] = [];
for (const dir of entries.filter((e) => e.isDirectory())) {
  for (const file of readdirSync(new URL(`${dir.name}/`, folder), { withFileTypes: true })) {
    const url = new URL(`${dir.name}/${file.name}`, folder).href;
    const catalogues = (await import(/* @vite-ignore */ url)) as Record<string, Catalogue>;
    const part = FILE_NAME.exec(file.name)?.[1] as Part | undefined;
    files.push({ path: `${dir.name}/${file.name}`, module: dir.name, part, catalogues });
  }
}
const keysOf = (file: MessageFile) => Object.values(file.catalogues).flatMap((catalogue) => Object.keys(catalogue));

describe('the layout of interface strings', () => {
  test('messages/ holds only module folders', () => {
    expect(entries.filter((e) => !e.isDirectory()).map((e) => e.name)).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((file) => [file.path, file] as const))(
    '%s is named for its part and every key starts with its prefix',
    (_path, file) => {
      expect(file.part, 'name a file shared.ts, web.ts, admin.ts or <part>-<topic>.ts').toBeDefined();
      const prefixes = prefixesOf(file.module, file.part!);
      expect(prefixes, `${file.module} has no ${file.part} part`).not.toEqual([]);
      const misplaced = keysOf(file).filter((key) => {
        if (!prefixes.some((prefix) => key.startsWith(prefix))) return true;
        // A shared key must not look app-specific: `<module>.web.x` belongs in web.ts.
        const [, second] = key.split('.');
        return file.part === 'shared' && (second === 'web' || second === 'admin');
      });
      expect(misplaced, `keys in ${file.path} start with ${prefixes.join(' or ')}`).toEqual([]);
    },
  );

  test('no key is defined twice', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of files) {
      for (const key of keysOf(file)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${file.path})`);
        seen.set(key, file.path);
      }
    }
    expect(twice).toEqual([]);
  });

  const keysFor = (parts: Part[], modules?: string[]) =>
    files
      .filter((file) => file.part && parts.includes(file.part) && (!modules || modules.includes(file.module)))
      .flatMap(keysOf)
      .sort();

  test('the web app gets the shared and web files, the admin app the shared and admin files', () => {
    expect(Object.keys(webMessages).sort()).toEqual(keysFor(['shared', 'web']));
    expect(Object.keys(adminMessages).sort()).toEqual(keysFor(['shared', 'admin']));
    expect(Object.keys(commonMessages).sort()).toEqual(keysFor(['shared'], ['common']));
    expect(Object.keys(messages).sort()).toEqual(keysFor(['shared', 'web', 'admin']));
  });

  test('neither app gets the other app’s strings', () => {
    expect(keysFor(['admin']).filter((key) => key in webMessages)).toEqual([]);
    expect(keysFor(['web']).filter((key) => key in adminMessages)).toEqual([]);
  });
});
