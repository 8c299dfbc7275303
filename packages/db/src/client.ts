import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type ChangeCounter, oneQueryPerTurn, watchChanges } from './pglite-turns.ts';
import { PrismaClient } from './generated/prisma/client.ts';

/** The Prisma client every package is handed; never imported as a global. */
export type Db = PrismaClient;

/**
 * Where the data lives: PGlite in-process (a folder, or memory when no folder
 * is given) or a PostgreSQL server.
 */
export type DbConfig =
  { kind: 'pglite'; dataDir?: string; pglite?: PGlite } | { kind: 'postgres'; url: string; max?: number };

export interface DbHandle {
  db: Db;
  config: DbConfig;
  /**
   * The embedded instance, when there is one (tests clone it; migrations and the job queue run
   * through it), watched: every call counts in `pgliteChanges`.
   */
  pglite?: PGlite;
  /** Calls to the embedded instance that may have changed data (watchChanges in pglite-turns.ts). */
  pgliteChanges?: ChangeCounter;
  close(): Promise<void>;
}

/** Read the configuration from the environment: `DATABASE_URL=postgres://…` or PGlite under `dataDir`. */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv, defaultDataDir: string): DbConfig {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env.PGLITE_DATA_DIR ?? defaultDataDir };
}

export async function openDb(config: DbConfig): Promise<DbHandle> {
  if (config.kind === 'postgres') {
    const adapter = new PrismaPg({ connectionString: config.url, max: config.max ?? 10 });
    const db = new PrismaClient({ adapter });
    return { db, config, close: () => db.$disconnect() };
  }
  // A first start creates the data folder (PGlite wants its parent to exist).
  if (config.dataDir && !config.pglite) fs.mkdirSync(config.dataDir, { recursive: true });
  const pglite = config.pglite ?? (config.dataDir ? new PGlite(config.dataDir) : new PGlite());
  await pglite.waitReady;
  const pgliteChanges: ChangeCounter = { count: 0 };
  const watched = watchChanges(pglite, pgliteChanges);
  const db = new PrismaClient({ adapter: new PrismaPGlite(oneQueryPerTurn(watched)) });
  return {
    db,
    config,
    pglite: watched,
    pgliteChanges,
    close: async () => {
      await db.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
