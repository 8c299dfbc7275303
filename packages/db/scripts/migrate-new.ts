// `pnpm db:migrate:new <name>`: write the SQL that brings the migrations up to
// schema.prisma into prisma/migrations/<UTC timestamp>_<name>/migration.sql.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { diffSchemaAgainstMigrations, migrationsDir } from '../src/migrate.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: pnpm db:migrate:new <name>   (lowercase letters, digits and underscores, e.g. add_meetings)');
  process.exit(1);
}

const { sql, hasChanges } = await diffSchemaAgainstMigrations();
if (!hasChanges) {
  console.log('schema.prisma and the migrations agree: nothing to do.');
} else {
  // Same shape as `prisma migrate dev`: sorting by name is sorting by time.
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir);
  await writeFile(join(dir, 'migration.sql'), sql);
  console.log(`Wrote ${relative(process.cwd(), join(dir, 'migration.sql'))}. Read it, then run pnpm db:migrate.`);
}
