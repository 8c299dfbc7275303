// The migrated, empty PGlite every test database starts from, kept on disk
// between test files. Migrating a PGlite through the wasm schema engine costs
// ~5 s of CPU; vitest runs each test file in a module instance of its own, so
// without this every file (some 80 across the packages) paid it again.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../client.ts';
import { applyMigrations, migrationsDir } from '../migrate.ts';

const cacheDir = fileURLToPath(new URL('../../node_modules/.cache/test-databases', import.meta.url));

/**
 * What the dump depends on: every migration's name and text, and PGlite's own
 * version (its data directory format). A change to either names a new file, so
 * a stale dump is never loaded (and the old one is removed when the new one is written).
 */
async function templateKey(): Promise<string> {
  const hash = createHash('sha256');
  // PGlite's exports do not include its package.json; read it where pnpm links it for this package.
  hash.update(await readFile(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url)));
  const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
  for (const name of folders.map((f) => f.name).sort()) {
    hash.update(`${name}\n`);
    hash.update(await readFile(join(migrationsDir, name, 'migration.sql')));
  }
  return hash.digest('hex').slice(0, 16);
}

async function migrateAndDump(): Promise<Blob> {
  const template = await openDb({ kind: 'pglite' });
  try {
    await applyMigrations(template);
    return await template.pglite!.dumpDataDir('none');
  } finally {
    await template.close();
  }
}

/**
 * The dump from the cache folder when one for these migrations is there;
 * otherwise migrate, then write it (to a file of its own, renamed into place,
 * so workers doing this at the same time never read half a file).
 */
export async function loadMigratedTemplate(): Promise<Blob> {
  const file = join(cacheDir, `pglite-${await templateKey()}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // Not there yet: make it.
  }
  const dump = await migrateAndDump();
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    // Dumps for migrations that are no longer these (some 40 MB each) go.
    const stale = (await readdir(cacheDir)).filter(
      (f) => /^pglite-[0-9a-f]+\.tar$/.test(f) && join(cacheDir, f) !== file,
    );
    await Promise.all(stale.map((f) => rm(join(cacheDir, f), { force: true })));
  } catch {
    // A cache we cannot write (a read-only checkout) only costs time.
    await rm(partial, { force: true });
  }
  return dump;
}
