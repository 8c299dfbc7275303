import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from './client.ts';
import { applyMigrations, diffSchemaAgainstMigrations, migrationsDir, readMigrations, schemaPath } from './migrate.ts';
import { testDatabases } from './testing/index.ts';

const migrationNames = async () => (await readMigrations()).migrationDirectories.map((d) => d.path);

describe('schema.prisma and the migrations', () => {
  it('agree (if not: pnpm db:migrate:new <name>)', async () => {
    const { hasChanges, sql } = await diffSchemaAgainstMigrations();
    expect(hasChanges, sql).toBe(false);
  });

  it('disagree once the schema gains a model', async () => {
    const schema = await readFile(schemaPath, 'utf8');
    const { hasChanges, sql } = await diffSchemaAgainstMigrations(`${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    expect(hasChanges).toBe(true);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});

it('applies every migration to an empty PGlite', async () => {
  const handle = await openDb({ kind: 'pglite' });
  try {
    expect(await applyMigrations(handle)).toEqual({ applied: await migrationNames() });
  } finally {
    await handle.close();
  }
});

describe.each(testDatabases())('migrations on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null = null;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach((ctx) => {
    if (!handle) ctx.skip(skipReason);
  });

  it('are recorded in _prisma_migrations, as prisma migrate deploy does', async () => {
    const rows = await handle!.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(await migrationNames());
    expect(rows.every((r) => r.finished_at)).toBe(true);
  });

  it('apply nothing the second time', async () => {
    expect(await applyMigrations(handle!)).toEqual({ applied: [] });
  });

  it('create tables Prisma can use', async () => {
    const { db } = handle!;
    await db.organisation.create({ data: { slug: 'rbs-trondheim', name: 'RBS Trondheim', type: 'USER_LED_CENTRE' } });
    const found = await db.organisation.findUnique({ where: { slug: 'rbs-trondheim' } });
    expect(found).toMatchObject({ name: 'RBS Trondheim', type: 'USER_LED_CENTRE' });
  });

  it('stop at a broken migration and do not record it as applied', async () => {
    // A database of its own: a failed migration blocks all later ones.
    const own = (await open())!;
    const dir = await mkdtemp(join(tmpdir(), 'knutepunkt-migrations-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await mkdir(join(dir, '99990101000000_broken'));
      const sql = 'CREATE TABLE "Broken" (id INT);\nSELECT no_such_function();\n';
      await writeFile(join(dir, '99990101000000_broken', 'migration.sql'), sql);
      await expect(applyMigrations(own, { migrationsDir: dir })).rejects.toThrow(/no_such_function/);
      const rows = await own.db.$queryRaw<{ finished_at: Date | null }[]>`
        SELECT finished_at FROM _prisma_migrations WHERE migration_name = '99990101000000_broken'`;
      expect(rows.every((r) => r.finished_at === null)).toBe(true);
      const broken = await own.db.$queryRaw<{ t: string | null }[]>`SELECT to_regclass('"Broken"')::text AS t`;
      expect(broken[0]?.t).toBeNull();
    } finally {
      await own.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
