// `pnpm db:migrate`: apply pending migrations to the configured database:
// DATABASE_URL=postgres://… when set, else PGlite under <repo>/.data/pglite.
import { fileURLToPath } from 'node:url';
import { dbConfigFromEnv, openDb } from '../src/client.ts';
import { applyMigrations } from '../src/migrate.ts';

const defaultDataDir = fileURLToPath(new URL('../../../.data/pglite', import.meta.url));
const config = dbConfigFromEnv(process.env, defaultDataDir);
// Say where, without printing a URL's password.
const where = config.kind === 'postgres' ? `PostgreSQL at ${new URL(config.url).host}` : `PGlite in ${config.dataDir}`;

const handle = await openDb(config);
try {
  const { applied } = await applyMigrations(handle);
  if (applied.length === 0) console.log(`${where}: up to date.`);
  else console.log(`${where}: applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join('\n')}`);
} finally {
  await handle.close();
}
