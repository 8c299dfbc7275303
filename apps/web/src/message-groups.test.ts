import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { webMessages } from '@knutepunkt/domain/i18n/web';
import { webMessageGroups } from './message-groups.ts';
import { lazyPages, unloadedGroupKeys, type ScanInput } from './test/message-scan.ts';

const SRC = path.dirname(fileURLToPath(import.meta.url));

/** The app's source files (not tests: they load every group, src/test/setup.ts). */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.startsWith('test/')) continue;
    files.set(file, fs.readFileSync(path.join(SRC, entry), 'utf8'));
  }
  return files;
}

const config = {
  keys: Object.keys(webMessages),
  groups: webMessageGroups.groups,
  eager: webMessageGroups.eager,
  entry: 'main.tsx',
};

describe('groups of strings (src/message-groups.ts)', () => {
  test('no page shows a key of a group it does not load', () => {
    const { pages, problems } = unloadedGroupKeys({ ...config, files: sources() });
    const described = problems.map((p) => `${p.page} reaches ${p.file}, which uses ${p.key} (group ${p.group})`);
    expect(described).toEqual([]);
    // The scan found the pages, and what they load.
    expect(pages.length).toBeGreaterThan(30);
    expect(pages).toContainEqual({ module: 'routes/practice/SearchPage.tsx', groups: ['practice'] });
    expect(pages).toContainEqual({ module: 'routes/account/MyPage.tsx', groups: ['practice', 'meetings'] });
  });

  test('every page of a grouped module loads its group', () => {
    const files = sources();
    for (const [module] of Object.entries(webMessageGroups.groups)) {
      const pages = lazyPages(`routes/${module}/routes.tsx`, files.get(`routes/${module}/routes.tsx`)!);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.groups, page.module).toContain(module);
    }
  });

  test('the scan finds a grouped key used outside its group, across imports and in template literals', () => {
    const files = new Map([
      ['main.tsx', "import { App } from './App.tsx';"],
      ['App.tsx', "import './routes/account/routes.tsx';\nexport const App = () => t('practice.web.nav');"],
      [
        'routes/account/routes.tsx',
        "lazyPage(async () => (await import('./MyPage.tsx')).MyPage, { messages: ['meetings'] });",
      ],
      ['routes/account/MyPage.tsx', "import { Mine } from '../practice/Mine.tsx';\nt('meetings.web.mine.heading');"],
      ['routes/practice/Mine.tsx', 'export const Mine = (s) => t(`practice.state.${s}`);'],
    ]);
    const input: ScanInput = { ...config, files };
    expect(unloadedGroupKeys(input).problems).toEqual([
      {
        page: 'routes/account/MyPage.tsx',
        file: 'routes/practice/Mine.tsx',
        key: 'practice.state.${…}',
        group: 'practice',
      },
    ]);
    const withNav = new Map(files).set('App.tsx', "export const App = () => t('meetings.web.mine.heading');");
    expect(unloadedGroupKeys({ ...input, files: withNav }).problems).toContainEqual({
      page: 'main.tsx',
      file: 'App.tsx',
      key: 'meetings.web.mine.heading',
      group: 'meetings',
    });
    expect(() => lazyPages('routes.tsx', 'lazyPage(somethingElse)')).toThrow(/read 0 of 1/);
  });
});
