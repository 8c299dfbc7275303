import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { seedDemo } from '@knutepunkt/db/seed';
import { createTestDb } from '@knutepunkt/db/testing';
import { TEST_URLS } from '../../testing/world-per-database.ts';
import { changeLog, seedReleasePublisher } from './releases.ts';

/**
 * The demo's 2022 conference is published through the API's own publishing (as the server
 * seeds it): two releases, the change log, and the demo member's one notice about v2.
 */
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, {
    // Nobody signs in here: any stored value does.
    hashPassword: async () => 'not-a-hash',
    publishConferenceRelease: seedReleasePublisher(TEST_URLS),
  });
}, 180_000);
afterAll(async () => handle?.close());

test('the demo conference has v1 and v2 published, with the change log and the member’s notice', async () => {
  const log = await changeLog(handle.db, 'ingenting-om-oss-2022');
  expect(log.releases.map((r) => [r.sequence, r.name])).toEqual([
    [2, 'v2 – endringer 3. okt'],
    [1, 'v1'],
  ]);
  const v2 = log.releases[0]!.changes;
  expect(v2.moved.map((m) => m.number)).toEqual([15]);
  expect(v2.cancelled.map((m) => m.number)).toEqual([12]);
  expect(v2.added.map((m) => m.number)).toEqual([34]);
  expect(v2.changed.map((m) => m.number).sort((a, b) => a - b)).toEqual([10, 16]);
  expect(log.releases[0]!.publishedAt.slice(0, 10)).toBe('2022-10-03');
  const notices = await handle.db.outboxMessage.findMany({
    where: { kind: 'conference.release' },
    select: { toEmail: true, body: true },
  });
  expect(notices).toHaveLength(1);
  expect(notices[0]!.toEmail).toMatch(/^medlem@/);
  expect(notices[0]!.body).toMatch(/er flyttet/);
  expect(notices[0]!.body).toMatch(/er avlyst/);
}, 60_000);
