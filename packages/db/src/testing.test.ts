import { expect, it } from 'vitest';
import { createTestDb, truncateAll } from './testing/index.ts';

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
