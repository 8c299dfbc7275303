import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from './client.ts';
import { applyMigrations } from './migrate.ts';

const parent = await mkdtemp(join(tmpdir(), 'knutepunkt-pglite-'));
afterAll(() => rm(parent, { recursive: true, force: true }));

it('keeps a PGlite data directory across close and reopen', async () => {
  const config = { kind: 'pglite', dataDir: join(parent, 'data') } as const;
  const first = await openDb(config);
  await applyMigrations(first);
  await first.db.organisation.create({ data: { slug: 'vestre', name: 'Vestre kommune', type: 'MUNICIPALITY' } });
  await first.close();

  const again = await openDb(config);
  try {
    expect(await applyMigrations(again)).toEqual({ applied: [] });
    expect(await again.db.organisation.findUnique({ where: { slug: 'vestre' } })).toMatchObject({
      name: 'Vestre kommune',
    });
  } finally {
    await again.close();
  }
});
