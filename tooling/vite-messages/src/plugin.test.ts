import { build, type Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import { defineMessages } from '@knutepunkt/domain/i18n';
import { messagesPlugin } from './plugin.ts';

const catalogue = defineMessages({
  'test.greeting': { nb: 'Hei, {name}', nn: 'Hei, {name} – nynorsk', en: 'Hello, {name}' },
  'test.bye': { nb: 'Ha det', nn: 'Ha det godt', en: 'Goodbye' },
});

/** A real Vite build of an entry that loads the strings, as the apps' main.tsx does. */
async function bundle(): Promise<Rolldown.OutputChunk[]> {
  const entry = 'virtual:test-entry';
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      messagesPlugin(catalogue),
      {
        name: 'test-entry',
        resolveId: (id) => (id === entry ? `\0${entry}` : null),
        load: (id) =>
          id === `\0${entry}`
            ? `import { loadMessages } from 'virtual:knutepunkt-messages';\nglobalThis.loadMessages = loadMessages;`
            : null,
      },
    ],
    build: { write: false, rolldownOptions: { input: entry } },
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
    expect(nn.code).not.toContain('"Ha det"');
    const en = languages.find((c) => c.code.includes('Goodbye'))!;
    expect(en.code).not.toContain('nynorsk');
  }, 60_000);

  test('refuses a language that does not exist', async () => {
    const plugin = messagesPlugin(catalogue);
    const load = plugin.load as (id: string) => string | null;
    expect(() => load('\0virtual:knutepunkt-messages/sv')).toThrow(/no such language/);
    expect(load('\0virtual:something-else')).toBeNull();
  });
});
