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

test('writing the index leaves no entries pending in its GIN indexes (searches would read them all)', async () => {
  const pendingPages = async () => {
    const [row] = await handle.db.$queryRaw<Array<{ pages: bigint | number }>>`
      SELECT coalesce(sum(gin_clean_pending_list(i."indexrelid")), 0) AS pages
      FROM "pg_index" i JOIN "pg_class" c ON c."oid" = i."indexrelid" JOIN "pg_am" am ON am."oid" = c."relam"
      WHERE i."indrelid" = '"practice_search"'::regclass AND am."amname" = 'gin'`;
    return Number(row?.pages);
  };
  await rebuildPracticeSearch(handle.db);
  expect(await pendingPages()).toBe(0);
  // Without the merge the same writes leave pages pending, so the check above can fail.
  await handle.db.$executeRaw`UPDATE "practice_search" SET "title" = "title"`;
  expect(await pendingPages()).toBeGreaterThan(0);
});
