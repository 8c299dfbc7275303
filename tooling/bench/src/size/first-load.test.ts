import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import {
  AWAITED_BY_ENTRY,
  MANIFEST_PATH,
  type Manifest,
  firstLoadFiles,
  readBuiltApp,
  scriptsOfHtml,
  sizeOf,
} from './first-load.ts';
import { main } from './main.ts';
import { PUBLIC_PAGES } from './pages.ts';
import { KB, measurePages, overBudget } from './report.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** A tiny Vite build on disk: index.html, the manifest and the named files. */
function fakeDist(html: string, manifest: Manifest, files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-size-test-'));
  roots.push(dir);
  fs.mkdirSync(path.join(dir, path.dirname(MANIFEST_PATH)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, MANIFEST_PATH), JSON.stringify(manifest));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

const HTML = `<!doctype html><html><head>
  <script type="module" crossorigin src="/assets/index-a.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
  <link rel="stylesheet" href="/assets/index-c.css">
  <script src="/legacy.js"></script>
  <script type="module" src="https://cdn.example/x.js"></script>
</head><body></body></html>`;

// The entry awaits the default language's strings (virtual:knutepunkt-messages/nb) before it
// renders; the other languages' chunks, like the lazy routes, load only when asked for.
const [DEFAULT_STRINGS] = AWAITED_BY_ENTRY as [string];

const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_vendor-b.js', '_shared-d.js'],
    dynamicImports: [
      DEFAULT_STRINGS,
      'virtual:knutepunkt-messages/nn',
      'src/routes/practice/SearchPage.tsx',
      'src/routes/practice/EditorPage.tsx',
    ],
  },
  [DEFAULT_STRINGS]: { file: 'assets/nb-h.js', isDynamicEntry: true },
  'virtual:knutepunkt-messages/nn': { file: 'assets/nn-i.js', isDynamicEntry: true },
  '_vendor-b.js': { file: 'assets/vendor-b.js' },
  '_shared-d.js': { file: 'assets/shared-d.js' },
  'src/routes/practice/SearchPage.tsx': {
    file: 'assets/SearchPage-e.js',
    isDynamicEntry: true,
    imports: ['_vendor-b.js', '_forms-f.js'],
  },
  '_forms-f.js': { file: 'assets/forms-f.js', imports: ['_shared-d.js'] },
  'src/routes/practice/EditorPage.tsx': { file: 'assets/EditorPage-g.js', isDynamicEntry: true },
};

const FILES = {
  'assets/index-a.js': 'entry();'.repeat(50),
  'assets/vendor-b.js': 'vendor();'.repeat(500),
  'assets/shared-d.js': 'shared();',
  'assets/SearchPage-e.js': 'search();'.repeat(20),
  'assets/forms-f.js': 'forms();'.repeat(30),
  'assets/EditorPage-g.js': 'editor();'.repeat(1000),
  'assets/nb-h.js': 'bokmål();'.repeat(40),
  'assets/nn-i.js': 'nynorsk();'.repeat(40),
};

describe('what a page loads first', () => {
  test('index.html: module scripts and module preloads of our own, nothing else', () => {
    expect(scriptsOfHtml(HTML)).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
  });

  test('the entry with its static imports and the default strings, the route chunk with its own, each file once', () => {
    const app = readBuiltApp(fakeDist(HTML, MANIFEST, FILES));
    expect(firstLoadFiles(app).sort()).toEqual([
      'assets/index-a.js',
      'assets/nb-h.js',
      'assets/shared-d.js',
      'assets/vendor-b.js',
    ]);
    expect(firstLoadFiles(app, ['src/routes/practice/SearchPage.tsx']).sort()).toEqual([
      'assets/SearchPage-e.js',
      'assets/forms-f.js',
      'assets/index-a.js',
      'assets/nb-h.js',
      'assets/shared-d.js',
      'assets/vendor-b.js',
    ]);
  });

  test('the strings of the default language count: a page weighs them too, and an entry without them is an error', () => {
    const app = readBuiltApp(fakeDist(HTML, MANIFEST, FILES));
    const withStrings = sizeOf(app, firstLoadFiles(app)).gzip;
    const withoutStrings = sizeOf(app, firstLoadFiles(app, [], [])).gzip;
    expect(withStrings - withoutStrings).toBe(gzipSync(FILES['assets/nb-h.js']).length);

    const entry = MANIFEST['index.html']!;
    const unsplit = { ...MANIFEST, 'index.html': { ...entry, dynamicImports: [] } };
    expect(() => firstLoadFiles(readBuiltApp(fakeDist(HTML, unsplit, FILES)))).toThrow(
      /does not import virtual:knutepunkt-messages\/nb/,
    );
  });

  test("a page's groups of strings count, and a module's page that leaves its group out is an error", () => {
    const group = 'virtual:knutepunkt-messages/nb/practice';
    const manifest: Manifest = { ...MANIFEST, [group]: { file: 'assets/practice-j.js', isDynamicEntry: true } };
    const files = { ...FILES, 'assets/practice-j.js': 'praksis();'.repeat(30) };
    const app = readBuiltApp(fakeDist(HTML, manifest, files));
    const search = ['src/routes/practice/SearchPage.tsx'];
    expect(firstLoadFiles(app, search, undefined, ['practice'])).toContain('assets/practice-j.js');
    expect(firstLoadFiles(app, [], undefined, [])).not.toContain('assets/practice-j.js');
    expect(() => firstLoadFiles(app, search)).toThrow(
      /loads the practice group of strings, which its page does not count/,
    );
    expect(() => firstLoadFiles(app, [], undefined, ['meetings'])).toThrow(
      /virtual:knutepunkt-messages\/nb\/meetings is not a chunk of the build/,
    );
  });

  test('a route module missing from the build is an error, not a smaller figure', () => {
    const app = readBuiltApp(fakeDist(HTML, MANIFEST, FILES));
    expect(() => firstLoadFiles(app, ['src/routes/practice/Gone.tsx'])).toThrow(/Gone\.tsx is not a chunk/);
  });

  test('a build without a manifest says how to get one', () => {
    const dir = fakeDist(HTML, MANIFEST, FILES);
    fs.rmSync(path.join(dir, MANIFEST_PATH));
    expect(() => readBuiltApp(dir)).toThrow(/build\.manifest: true/);
  });

  test('sizes are the files as stored and gzipped, summed', () => {
    const app = readBuiltApp(fakeDist(HTML, MANIFEST, FILES));
    const files = ['assets/index-a.js', 'assets/vendor-b.js'];
    const size = sizeOf(app, files);
    expect(size.raw).toBe(FILES['assets/index-a.js'].length + FILES['assets/vendor-b.js'].length);
    expect(size.gzip).toBe(gzipSync(FILES['assets/index-a.js']).length + gzipSync(FILES['assets/vendor-b.js']).length);
  });
});

describe('the budget', () => {
  const pages = (budget: number) =>
    [
      { app: 'web', name: 'front page', path: '/', routeModules: [], budget },
      { app: 'web', name: 'editor', path: '/rediger', routeModules: ['src/routes/practice/EditorPage.tsx'] },
    ] as const;

  test('a page over its budget is named with its figure; a page without one never fails', () => {
    const app = readBuiltApp(fakeDist(HTML, MANIFEST, FILES));
    const apps = { web: app, admin: app };
    const front = measurePages(apps, pages(1 * KB))[0]!;
    expect(front.size.gzip).toBeLessThan(1 * KB);
    expect(overBudget(measurePages(apps, pages(1 * KB)))).toEqual([]);
    const [problem, ...others] = overBudget(measurePages(apps, pages(10)));
    expect(problem).toMatch(/^front page \(\/\) loads 0\.\d kB .* over its budget of 0\.0 kB$/);
    expect(others).toEqual([]);
  });

  /** A build with every public page's route chunk, and an entry of about `entryKb` kB gzipped. */
  function publicBuild(entryKb: number): string {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index-a.js', isEntry: true, dynamicImports: [DEFAULT_STRINGS] },
      [DEFAULT_STRINGS]: { file: 'assets/nb-h.js', isDynamicEntry: true },
    };
    // Random bytes do not compress: gzipped, the entry stays about as large as it is.
    const files: Record<string, string | Buffer> = {
      'assets/index-a.js': randomBytes(entryKb * KB),
      'assets/nb-h.js': 'strings();',
    };
    for (const [i, key] of PUBLIC_PAGES.flatMap((p) => p.routeModules).entries()) {
      manifest[key] = { file: `assets/page-${i}.js`, isDynamicEntry: true };
      files[`assets/page-${i}.js`] = 'page();';
    }
    for (const group of new Set(PUBLIC_PAGES.flatMap((p) => p.messages ?? []))) {
      manifest[`virtual:knutepunkt-messages/nb/${group}`] = { file: `assets/${group}.js`, isDynamicEntry: true };
      files[`assets/${group}.js`] = 'strings();';
    }
    return fakeDist('<script type="module" src="/assets/index-a.js"></script>', manifest, files);
  }

  function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  test('`pnpm size --check` fails with a clear message when the front page passes 150 kB', () => {
    const heavy = publicBuild(160);
    const result = run(['--check', `--web-dist=${heavy}`, `--admin-dist=${heavy}`]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/front page +\| \/ +\|/);
    expect(result.err).toMatch(/Size budget exceeded: front page \(\/\) loads 16\d\.\d kB .* budget of 150\.0 kB/);
  });

  test('`pnpm size --check` passes under the budget, and `pnpm size` alone only prints', () => {
    const light = publicBuild(100);
    expect(run(['--check', `--web-dist=${light}`, `--admin-dist=${light}`])).toMatchObject({ code: 0, err: '' });
    const heavy = publicBuild(160);
    expect(run([`--web-dist=${heavy}`, `--admin-dist=${heavy}`]).code).toBe(0);
  });

  test('a missing build fails, saying so', () => {
    const result = run(['--web-dist=/nonexistent/dist', '--admin-dist=/nonexistent/dist']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/index\.html is missing: build the app first/);
  });
});
