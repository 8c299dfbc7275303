import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from './client.ts';
import { publicContentVersionReader, readPublicContentVersion } from './public-content-version.ts';
import { createTestDb, testDatabases, truncateAll } from './testing/index.ts';

describe.each(testDatabases())('the public content version on $name', ({ open, skipReason }) => {
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

  const version = async () => BigInt((await readPublicContentVersion(handle!.db))!.version);

  async function grows(write: () => Promise<unknown>): Promise<boolean> {
    const before = await version();
    await write();
    return (await version()) > before;
  }

  async function example() {
    const { db } = handle!;
    const org = await db.organisation.create({
      data: { slug: `org-${Math.random().toString(36).slice(2)}`, name: 'Org', type: 'MUNICIPALITY' },
    });
    const ex = await db.practiceExample.create({
      data: { slug: `ex-${Math.random().toString(36).slice(2)}`, organisationId: org.id },
    });
    const v = await db.practiceVersion.create({ data: { exampleId: ex.id, number: 1, title: 'Utkast' } });
    return { org, ex, v };
  }

  it('grows with a write to each public table', async () => {
    const { db } = handle!;
    const { org, ex } = await example();
    expect(await grows(() => db.organisation.update({ where: { id: org.id }, data: { name: 'Nytt navn' } }))).toBe(
      true,
    );
    const net = await db.network.create({ data: { slug: `n-${org.id}`, name: 'Nett' } });
    expect(await grows(() => db.network.update({ where: { id: net.id }, data: { name: 'Nett 2' } }))).toBe(true);
    expect(await grows(() => db.networkMember.create({ data: { networkId: net.id, organisationId: org.id } }))).toBe(
      true,
    );
    expect(await grows(() => db.practiceExample.update({ where: { id: ex.id }, data: { featured: true } }))).toBe(true);
    expect(await grows(() => db.practiceAdoption.create({ data: { exampleId: ex.id, organisationId: org.id } }))).toBe(
      true,
    );
    expect(await grows(() => db.$executeRaw`DELETE FROM "practice_search" WHERE false`)).toBe(true);
    expect(await grows(() => db.organisation.deleteMany({ where: { id: org.id } }))).toBe(true);
  });

  it('grows when a version changes state, not when a draft is autosaved', async () => {
    const { db } = handle!;
    const { v } = await example();
    expect(await grows(() => db.practiceVersion.update({ where: { id: v.id }, data: { title: 'Autosave' } }))).toBe(
      false,
    );
    expect(await grows(() => db.practiceVersion.update({ where: { id: v.id }, data: { state: 'IN_REVIEW' } }))).toBe(
      true,
    );
  });

  it('does not grow with writes to other tables, nor with a rolled-back write', async () => {
    const { db } = handle!;
    expect(
      await grows(() => db.user.create({ data: { email: `${Math.random()}@x.no`, name: 'X', passwordHash: 'x' } })),
    ).toBe(false);
    const org = await db.organisation.findFirst();
    const rolledBack = () =>
      db
        .$transaction(async (tx) => {
          await tx.organisation.update({ where: { id: org!.id }, data: { name: 'Rolled back' } });
          throw new Error('undo');
        })
        .catch(() => null);
    expect(await grows(rolledBack)).toBe(false);
  });

  it('keeps growing when the test helper empties the database', async () => {
    const before = await version();
    await truncateAll(handle!);
    expect(await version()).toBeGreaterThan(before);
  });
});

describe('the PGlite reader', () => {
  it('reads the version once while nothing touches the database, and again after any call, writes through Prisma and the instance included', async () => {
    const handle: DbHandle = await createTestDb();
    try {
      const current = publicContentVersionReader(handle);
      const first = await current();
      const before = handle.pgliteChanges!.count;
      expect(await current()).toBe(first); // the same answer, not read again
      expect(handle.pgliteChanges!.count).toBe(before); // its own reads do not count

      await handle.db.organisation.create({ data: { slug: 'ny-org', name: 'Ny', type: 'MUNICIPALITY' } });
      const afterPrisma = await current();
      expect(BigInt(afterPrisma!.version)).toBeGreaterThan(BigInt(first!.version));

      await handle.pglite!.query(`UPDATE "Organisation" SET "name" = 'Nytt navn' WHERE "slug" = 'ny-org'`);
      expect(BigInt((await current())!.version)).toBeGreaterThan(BigInt(afterPrisma!.version));
    } finally {
      await handle.close();
    }
  });
});
