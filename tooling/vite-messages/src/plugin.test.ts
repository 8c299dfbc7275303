import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, test } from 'vitest';
import { defineMessages, type Locale } from '@knutepunkt/domain/i18n';
import { groupOf, messagesPlugin, type MessageGroups } from './plugin.ts';

const catalogue = defineMessages({
  'test.greeting': { nb: 'Hei, {name}', nn: 'Hei, {name} – nynorsk', en: 'Hello, {name}' },
  'test.bye': { nb: 'Ha det', nn: 'Ha det godt', en: 'Goodbye' },
  'big.title': { nb: 'Stor modul', nn: 'Stor modul – nynorsk', en: 'Big module' },
  'big.nav': { nb: 'Til modulen', nn: 'Til modulen – nynorsk', en: 'To the module' },
});
const GROUPS: MessageGroups = { groups: { big: 'big.' }, eager: ['big.nav'] };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Whether a chunk holds exactly this string (a minified build quotes it with backticks). */
const quoted = (code: string, text: string) => [`"${text}"`, `\`${text}\``].some((q) => code.includes(q));

const ENTRY = 'virtual:test-entry';
const ENTRY_SOURCE = `import * as loader from 'virtual:knutepunkt-messages';\nglobalThis.messageLoader = loader;\nexport { loader };`;

/** A real Vite build of an entry that uses the loader, as the apps' main.tsx does. */
async function bundle(options?: MessageGroups, ssr = false, outDir?: string): Promise<Rolldown.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      messagesPlugin(catalogue, options),
      {
        name: 'test-entry',
        resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
        load: (id) => (id === `\0${ENTRY}` ? ENTRY_SOURCE : null),
      },
    ],
    build: {
      ssr,
      write: outDir !== undefined,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: ENTRY, preserveEntrySignatures: 'exports-only' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
}

describe('messagesPlugin', () => {
  test('builds one chunk per language, each holding only its own strings', async () => {
    const chunks = await bundle();
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).not.toContain('Hei, {name}');
    const languages = chunks.filter((c) => !c.isEntry);
    expect(languages).toHaveLength(3);
    const nn = languages.find((c) => c.code.includes('Ha det godt'))!;
    expect(nn.code).toContain('Hei, {name} – nynorsk');
    expect(nn.code).not.toContain('Goodbye');
    expect(quoted(nn.code, 'Ha det')).toBe(false);
    const en = languages.find((c) => c.code.includes('Goodbye'))!;
    expect(en.code).not.toContain('nynorsk');
  }, 60_000);

  test('with groups: a core chunk (with the eager keys) and a chunk per group, per language', async () => {
    const chunks = (await bundle(GROUPS)).filter((c) => !c.isEntry);
    expect(chunks).toHaveLength(6);
    const nbCore = chunks.find((c) => quoted(c.code, 'Ha det'))!;
    expect(nbCore.code).toContain('Til modulen');
    expect(nbCore.code).not.toContain('Stor modul');
    const nbBig = chunks.find((c) => quoted(c.code, 'Stor modul'))!;
    expect(nbBig.code).not.toContain('Ha det');
    expect(nbBig.code).not.toContain('Til modulen');
    expect(chunks.filter((c) => c.code.includes('Stor modul'))).toHaveLength(2);
    expect(chunks.find((c) => c.code.includes('Big module'))!.code).not.toContain('Goodbye');
  }, 60_000);

  test('the server bundle has every string in each language, groups or not', async () => {
    const chunks = await bundle(GROUPS, true);
    const nb = chunks.find((c) => quoted(c.code, 'Ha det'))!;
    expect(nb.code).toContain('Stor modul');
    expect(chunks.filter((c) => quoted(c.code, 'Stor modul'))).toHaveLength(1);
  }, 60_000);

  test('loadMessageGroup adds a group to the languages loaded and to those loaded later', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vite-messages-test-'));
    dirs.push(dir);
    const entry = (await bundle(GROUPS, false, dir)).find((c) => c.isEntry)!;
    type Strings = Record<string, string>;
    const { loader } = (await import(pathToFileURL(path.join(dir, entry.fileName)).href)) as {
      loader: {
        loadMessages: (locale: Locale) => Strings | Promise<Strings>;
        loadMessageGroup: (group: string) => Promise<void>;
        messageGroups: string[];
      };
    };
    expect(loader.messageGroups).toEqual(['big']);
    const nb = await loader.loadMessages('nb');
    expect(nb['test.bye']).toBe('Ha det');
    expect(nb['big.nav']).toBe('Til modulen');
    expect(nb['big.title']).toBeUndefined();
    expect(loader.loadMessages('nb')).toBe(nb); // at hand: not a promise
    await loader.loadMessageGroup('big');
    expect(nb['big.title']).toBe('Stor modul');
    const nn = loader.loadMessages('nn');
    expect(nn).toBeInstanceOf(Promise); // its core and the group are still to come
    expect((await nn)['big.title']).toBe('Stor modul – nynorsk');
    await expect(loader.loadMessageGroup('nope')).rejects.toThrow(/no message group "nope"/);
  }, 60_000);

  test('refuses a language or a group that does not exist, and an eager key not in the catalogue', () => {
    const plugin = messagesPlugin(catalogue, GROUPS);
    const load = plugin.load as (id: string) => string | null;
    expect(() => load('\0virtual:knutepunkt-messages/sv')).toThrow(/no such language/);
    expect(() => load('\0virtual:knutepunkt-messages/nb/small')).toThrow(/no such group \(big\)/);
    expect(load('\0virtual:something-else')).toBeNull();
    expect(() => messagesPlugin(catalogue, { groups: { big: 'big.' }, eager: ['big.gone'] })).toThrow(/big\.gone/);
  });

  test('groupOf: a group by prefix, unless the key is eager', () => {
    expect(groupOf('big.title', GROUPS)).toBe('big');
    expect(groupOf('big.nav', GROUPS)).toBeUndefined();
    expect(groupOf('test.bye', GROUPS)).toBeUndefined();
  });
});
