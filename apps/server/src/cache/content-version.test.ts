import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { coalescedReads, createContentVersion } from './content-version.ts';

/** A read we finish by hand, recording when each one started. */
function manualReads() {
  const started: Array<{ id: number; finish: () => void; fail: () => void }> = [];
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const id = started.length + 1;
      started.push({ id, finish: () => resolve(id), fail: () => reject(new Error(`read ${id} failed`)) });
    });
  return { started, read };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

test('a caller with no read in flight starts one', async () => {
  const { started, read } = manualReads();
  const current = coalescedReads(read);
  const a = current();
  expect(started).toHaveLength(1);
  started[0]!.finish();
  expect(await a).toBe(1);
});

test('callers arriving during a read wait for the next read, which starts after they arrived', async () => {
  const { started, read } = manualReads();
  const current = coalescedReads(read);
  const first = current();
  const second = current(); // arrives while read 1 is in flight
  const third = current(); // too: shares read 2, never read 1
  expect(started).toHaveLength(1); // one read in flight at a time
  let secondAnswer: number | undefined;
  void second.then((v) => (secondAnswer = v));
  started[0]!.finish();
  expect(await first).toBe(1);
  await settle();
  expect(secondAnswer).toBeUndefined();
  expect(started).toHaveLength(2); // read 2 began only once read 1 ended
  const fourth = current(); // arrives while read 2 is in flight: waits for read 3
  started[1]!.finish();
  expect(await second).toBe(2);
  expect(await third).toBe(2);
  await settle();
  expect(started).toHaveLength(3);
  started[2]!.finish();
  expect(await fourth).toBe(3);
});

test('a failed read fails only its own callers; the next read goes ahead', async () => {
  const { started, read } = manualReads();
  const current = coalescedReads(read);
  const first = current();
  const second = current();
  started[0]!.fail();
  await expect(first).rejects.toThrow('read 1 failed');
  await settle();
  started[1]!.finish();
  expect(await second).toBe(2);
  const third = current();
  await settle();
  started[2]!.finish();
  expect(await third).toBe(3);
});

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => handle?.close());

test.each([
  ['through PGlite itself', () => handle],
  ['through Prisma', () => ({ db: handle.db })],
])('reads the version from the database %s; a write that committed before the call is seen', async (_how, use) => {
  const version = createContentVersion(use());
  const before = await version.current();
  expect(before?.version).toMatch(/^\d+$/);
  await handle.db.organisation.create({ data: { slug: `ny-${_how.length}`, name: 'Ny', type: 'MUNICIPALITY' } });
  const after = await version.current();
  expect(BigInt(after!.version)).toBeGreaterThan(BigInt(before!.version));
  expect(after!.changedAt.getTime()).toBeGreaterThanOrEqual(before!.changedAt.getTime());
});
