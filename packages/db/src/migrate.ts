// Migrations through Prisma's schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm). The CLI's native engine is a download at run
// time, which locked-down networks (and these build machines) refuse; the wasm
// engine ships inside the npm package and talks to the database through the
// same driver adapters the client uses. See docs/adr for the decision.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite, messages } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type * as EngineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { DbHandle } from './client.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const migrationsDir = join(packageDir, 'prisma', 'migrations');
export const schemaPath = join(packageDir, 'prisma', 'schema.prisma');

/**
 * Tables our SQL migrations create that Prisma does not model: the practice
 * bank's full-text search index (a tsvector and GIN indexes, which Prisma's
 * schema language cannot express), and the public content version that
 * triggers bump (docs/adr/0011). Listed here so the engine's diff neither
 * drops them nor reports drift.
 */
export const EXTERNAL_TABLES = ['public.practice_search', 'public.public_content_version'];
const noFilters = { externalTables: EXTERNAL_TABLES, externalEnums: [] };

// Node has WebAssembly, but our lib settings (ES2023, no DOM) do not declare it.
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: { __wbindgen_start(): void } } }>;
}

let engineModule: Promise<typeof EngineGlue> | undefined;

/**
 * The package's own entry imports the .wasm as an ES module (a bundler
 * feature Node lacks), so we wire the wasm-bindgen glue up by hand, once per
 * process: instantiating the 5 MB module costs a few hundred milliseconds.
 */
function loadEngine() {
  engineModule ??= (async () => {
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await wasm.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return engineModule;
}

/**
 * The engine races its advisory-lock query against a 10 s timer it never
 * clears, which kept every migrating process alive 10 s after its work was
 * done. An unref'd timer still fires while the lock query is pending (an open
 * socket keeps node running), so nothing else changes.
 */
function withUnrefTimers(glue: Record<string, unknown>) {
  const name = Object.keys(glue).find((key) => key.startsWith('__wbg_setTimeout_'));
  if (!name) return glue;
  return { ...glue, [name]: (fn: () => void, ms: number) => setTimeout(fn, ms >>> 0).unref() };
}

/** The engine logs JSON lines; they are noise unless someone is debugging it. */
function engineLog(line: string) {
  if (process.env.KNUTEPUNKT_SCHEMA_ENGINE_LOG) console.error(line);
}

async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodels: [string, string][],
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngine();
  const engine = await SchemaEngine.new({ datamodels }, engineLog, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** The migration folders as the engine wants them, read like `prisma migrate` does. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (path) => {
      const content = await readFile(join(dir, path, 'migration.sql'), 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (e: Error) => ({ tag: 'error' as const, value: e.message }),
      );
      return { path, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockfile = await readFile(join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/**
 * The native engine sends a migration script to the server as one
 * multi-statement query, which Postgres runs atomically. Neither adapter does:
 * - pglite-prisma-adapter 0.7.2 does not await `exec()`, so a failing
 *   migration is recorded as applied and its error escapes as an unhandled
 *   rejection (it also never closes the shadow instance it starts);
 * - @prisma/adapter-pg 7.10 splits the script on every ";" (breaking string
 *   literals and function bodies) and runs the pieces one by one, so a
 *   failure leaves half a migration behind.
 * So we replace executeScript with one that sends the script whole.
 */
function sendingScriptsWhole<A extends { executeScript(script: string): Promise<void> }>(
  adapter: A,
  run: (script: string) => Promise<unknown>,
): A {
  adapter.executeScript = async (script) => {
    try {
      await run(script);
    } catch (e) {
      throw asDriverError(e);
    }
  };
  return adapter;
}

/** The engine reports only errors it recognises; a plain Error would reach it as an opaque id. */
function asDriverError(e: unknown) {
  // pg's and PGlite's DatabaseError carry the same fields.
  if (!(e instanceof messages.DatabaseError) && !(e instanceof pg.DatabaseError)) return e;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code ?? 'N/A',
    severity: e.severity ?? 'ERROR',
    message: e.message,
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/** PGlite for the engine. `shadow` defaults to a fresh in-memory instance. */
class PGliteMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'knutepunkt-pglite-migrate';
  constructor(
    private readonly main: PGlite,
    private readonly shadow?: PGlite,
  ) {}

  connect() {
    return pgliteAdapter(this.main, false);
  }

  async connectToShadowDb() {
    return this.shadow ? pgliteAdapter(this.shadow, false) : pgliteAdapter(await PGlite.create(), true);
  }
}

async function pgliteAdapter(pglite: PGlite, closeOnDispose: boolean): Promise<SqlDriverAdapter> {
  // The adapter's types come from its own (older) driver-adapter-utils; the shape is the same.
  const adapter = (await new PrismaPGlite(pglite).connect()) as unknown as SqlDriverAdapter;
  if (closeOnDispose) adapter.dispose = async () => void (pglite.closed || (await pglite.close()));
  return sendingScriptsWhole(adapter, (script) => pglite.exec(script));
}

/**
 * PostgreSQL for the engine. One connection per pool: the engine's advisory
 * lock belongs to a session, and the script must run in that session.
 */
class PgMigrationFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = 'knutepunkt-pg-migrate';
  private readonly pg: PrismaPg;
  constructor(url: string) {
    this.pg = new PrismaPg({ connectionString: url, max: 1 });
  }

  async connect() {
    const adapter = await this.pg.connect();
    return sendingScriptsWhole(adapter, (script) => adapter.underlyingDriver().query(script));
  }

  async connectToShadowDb() {
    const adapter = await this.pg.connectToShadowDb();
    return sendingScriptsWhole(adapter, (script) => adapter.underlyingDriver().query(script));
  }
}

/**
 * Each Postgres adapter owns a pool that keeps node alive until ended. The
 * engine disposes some adapters (the shadow database) but not all, so we
 * dispose whatever is left, once.
 */
function disposing(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    const dispose = adapter.dispose.bind(adapter);
    let done: Promise<void> | undefined;
    adapter.dispose = () => (done ??= dispose());
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => track(factory.connect()),
      connectToShadowDb: () => track(factory.connectToShadowDb()),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    dispose: () => Promise.all(opened.map((a) => a.dispose())),
  };
}

/**
 * Apply pending migrations, recorded in `_prisma_migrations` as `prisma
 * migrate deploy` does. `migrationsDir` is for tests of this function.
 */
export async function applyMigrations(
  handle: DbHandle,
  options: { migrationsDir?: string } = {},
): Promise<{ applied: string[] }> {
  const { config, pglite } = handle;
  let base: SqlMigrationAwareDriverAdapterFactory;
  if (config.kind === 'postgres') base = new PgMigrationFactory(config.url);
  else if (pglite) base = new PGliteMigrationFactory(pglite);
  else throw new Error('applyMigrations: a PGlite handle without its instance');
  const { factory, dispose } = disposing(base);
  try {
    const migrationsList = await readMigrations(options.migrationsDir);
    // The engine panics (killing the process) when given no schema file at all.
    const datamodels: [string, string][] = [[schemaPath, await readFile(schemaPath, 'utf8')]];
    const out = await withEngine(factory, datamodels, (engine) =>
      engine.applyMigrations({ migrationsList, filters: noFilters }),
    );
    return { applied: out.appliedMigrationNames };
  } finally {
    await dispose();
  }
}

/**
 * The SQL of the next migration: what the schema (schema.prisma, or
 * `schemaText` when given) needs beyond the migrations. The migrations are
 * replayed on an in-memory PGlite shadow database.
 */
export async function diffSchemaAgainstMigrations(schemaText?: string): Promise<{ sql: string; hasChanges: boolean }> {
  const content = schemaText ?? (await readFile(schemaPath, 'utf8'));
  // The engine connects to a "main" database although this diff never reads
  // it; one scratch instance serves as both (each costs ~2.5 s to start).
  const scratch = await PGlite.create();
  const { factory, dispose } = disposing(new PGliteMigrationFactory(scratch, scratch));
  try {
    const from = { tag: 'migrations' as const, ...(await readMigrations()) };
    const to = { tag: 'schemaDatamodel' as const, files: [{ path: schemaPath, content }] };
    const result = await withEngine(factory, [[schemaPath, content]], (engine) =>
      engine.diff({ from, to, script: true, exitCode: true, filters: noFilters }),
    );
    return { sql: result.stdout ?? '', hasChanges: result.exitCode === 2 };
  } finally {
    await dispose();
    await scratch.close();
  }
}
