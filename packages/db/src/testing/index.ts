// Real databases for integration tests in every package: an in-memory PGlite
// always, PostgreSQL as well where a server answers (CI, these machines).
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDb, type DbHandle } from '../client.ts';
import { applyMigrations } from '../migrate.ts';
import { loadMigratedTemplate } from './migrated-template.ts';

let migratedDump: Promise<Blob> | undefined;

/**
 * Starting and migrating a PGlite costs ~5 s; loading the data directory of
 * one that is already migrated costs ~0.5 s. So the migrated template is
 * dumped once (and kept on disk for the other test files, migrated-template.ts),
 * and each call loads it. This is what PGlite's clone() does, minus dumping the
 * template every time.
 */
const migratedTemplate = () => (migratedDump ??= loadMigratedTemplate());

/** An empty, migrated in-memory PGlite of its own; close() discards it. */
export async function createTestDb(): Promise<DbHandle> {
  const pglite = await PGlite.create({ loadDataDir: await migratedTemplate() });
  return openDb({ kind: 'pglite', pglite });
}

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const postgresSkipReason = `no PostgreSQL server to test on at ${new URL(postgresUrl).host} (set TEST_POSTGRES_URL)`;
let postgresUnreachable = false;

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 1000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the PostgreSQL server at TEST_POSTGRES_URL (default:
 * the local trust-auth server), migrated; close() drops it. Null when no
 * server answers, unless TEST_POSTGRES_URL was set: then asking for Postgres
 * and not getting it is an error, not a skip.
 */
export async function createPostgresTestDb(): Promise<DbHandle | null> {
  if (postgresUnreachable) return null;
  const name = `knutepunkt_test_${randomBytes(6).toString('hex')}`;
  try {
    await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  } catch (e) {
    // A DatabaseError is the server answering (say, no right to CREATE DATABASE): a real failure.
    if (process.env.TEST_POSTGRES_URL || e instanceof pg.DatabaseError) throw e;
    postgresUnreachable = true; // ask once per worker, not once per test
    return null;
  }
  const drop = () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ kind: 'postgres', url: url.toString(), max: 4 });
  try {
    await applyMigrations(handle);
  } catch (e) {
    await handle.close();
    await drop();
    throw e;
  }
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Null when this kind is not available here; skip with `skipReason`. */
  open: () => Promise<DbHandle | null>;
  skipReason: string;
}

/**
 * Both kinds, for `describe.each(testDatabases())('… on $name', ({ open, skipReason }) => …)`;
 * skip with `ctx.skip(skipReason)` when open() gives null.
 */
export function testDatabases(): TestDatabase[] {
  return [
    { name: 'pglite', open: createTestDb, skipReason: '' },
    { name: 'postgres', open: createPostgresTestDb, skipReason: postgresSkipReason },
  ];
}

/**
 * Empty every table but `_prisma_migrations` and the public content version (a
 * counter that must only grow, or a cached answer could match it again), for
 * tests that share one database.
 */
export async function truncateAll(handle: DbHandle): Promise<void> {
  const rows = await handle.db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'public_content_version')`;
  if (rows.length === 0) return;
  const tables = rows.map((r) => `"${r.tablename.replaceAll('"', '""')}"`).join(', ');
  await handle.db.$executeRawUnsafe(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}
