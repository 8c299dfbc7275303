import { afterAll, beforeAll, expect, test } from 'vitest';
import { hash } from '@node-rs/argon2';
import type { DbHandle } from './client.ts';
import { rebuildPracticeSearch } from './practice-search.ts';
import { seedDemo } from './seed/demo.ts';
import { createTestDb } from './testing/index.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword: (p) => hash(p, { memoryCost: 1024, timeCost: 1 }) });
});
afterAll(async () => handle?.close());

const rows = () =>
  handle.db.$queryRaw<Array<Record<string, unknown>>>`
    SELECT "example_id", "title", "body", "chime", "featured", "published_at", "document"::text AS document
    FROM "practice_search" ORDER BY "example_id"`;

test('rebuilding the whole index gives exactly the rows that publishing wrote one by one', async () => {
  const before = await rows();
  expect(before.length).toBeGreaterThan(10);
  await handle.db.$executeRaw`DELETE FROM "practice_search"`;
  await rebuildPracticeSearch(handle.db);
  expect(await rows()).toEqual(before);
});

test('the indexed text has the Markdown markup blanked out', async () => {
  // The demo's published texts do use bold markup, so this can fail.
  const [counted] = await handle.db.$queryRaw<Array<{ marked: bigint }>>`
    SELECT count(*) AS marked FROM "PracticeVersion"
    WHERE "state" = 'PUBLISHED' AND concat_ws(' ', "background", "approach", "experiences", "results") LIKE '%**%'`;
  expect(Number(counted?.marked)).toBeGreaterThan(0);
  const bodies = (await rows()).map((r) => String(r.body));
  expect(bodies.some((b) => /\*\*|\]\(|^#/m.test(b))).toBe(false);
});
