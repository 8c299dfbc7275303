import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { migrationsDir } from './migrate.ts';
import { createTestDb, truncateAll } from './testing/index.ts';
import { loadMigratedTemplate } from './testing/migrated-template.ts';

const organisation = { slug: 'rbs', name: 'RBS', type: 'USER_LED_CENTRE' } as const;

it('gives every createTestDb() a database of its own', async () => {
  const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
  try {
    await a.db.organisation.create({ data: organisation });
    expect(await a.db.organisation.count()).toBe(1);
    expect(await b.db.organisation.count()).toBe(0);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

it('truncateAll empties the tables and keeps the migration history', async () => {
  const handle = await createTestDb();
  try {
    await handle.db.organisation.create({ data: organisation });
    await truncateAll(handle);
    expect(await handle.db.organisation.count()).toBe(0);
    const [{ n }] = await handle.db.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(n).toBeGreaterThan(0n);
  } finally {
    await handle.close();
  }
});

it('keeps the migrated template on disk, named after the migrations, with every migration applied', async () => {
  const dump = await loadMigratedTemplate();
  const again = await loadMigratedTemplate(); // now read from the cache folder
  expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await dump.arrayBuffer()))).toBe(true);
  const handle = await createTestDb();
  try {
    const applied = await handle.db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(applied.map((r) => r.migration_name)).toEqual(folders.map((f) => f.name).sort());
  } finally {
    await handle.close();
  }
});
