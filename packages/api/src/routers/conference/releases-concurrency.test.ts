import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { TEST_URLS } from '../../testing/world-per-database.ts';
import { createWorld } from '../../testing/world.ts';
import { createRelease, publishRelease } from './releases.ts';
import { releaseScenario } from './releases-testing.ts';

/**
 * Two coordinators (or a double click reaching two server instances) publishing at the same
 * moment: on PostgreSQL through two clients with pools of their own, on PGlite through the
 * one embedded database. The edition's row lock makes it one publish with one set of notices.
 */
describe.each(testDatabases())('publishing a release twice at once on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('the same draft from two clients: one sequence number, one set of notices', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const [db, other] = [dbs[0]!, dbs[dbs.length - 1]!];
    const world = await createWorld(db);
    const coordinator = world.userIds.coordinator;
    const s = await releaseScenario(db, world);
    const v1 = await createRelease(db, coordinator, s.edition, { name: 'v1', note: '' });
    await publishRelease(db, coordinator, s.edition, await s.releaseInScope(v1.id), TEST_URLS);
    await s.star(world.userIds.member, world.conference.plenaryId);
    await s.star(world.userIds.editor, s.removed.id);
    await s.editForV2();

    const v2 = await createRelease(db, coordinator, s.edition, { name: 'v2', note: '' });
    const release = await s.releaseInScope(v2.id);
    const answers = await Promise.all(
      [db, other, db, other].map((d) => publishRelease(d, coordinator, s.edition, release, TEST_URLS)),
    );
    expect(answers.map((a) => a.sequence)).toEqual([2, 2, 2, 2]);
    expect(answers.filter((a) => !a.alreadyPublished)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { kind: 'conference.release' } })).toBe(2);
    expect(
      await db.auditEntry.count({ where: { entity: 'conferenceRelease', entityId: v2.id, action: 'update' } }),
    ).toBe(1);

    // Two different drafts at once: each its own number, none lost to the unique (edition, sequence).
    const [a, b] = [
      await createRelease(db, coordinator, s.edition, { name: 'v3', note: '' }),
      await createRelease(db, coordinator, s.edition, { name: 'v4', note: '' }),
    ];
    const both = await Promise.all([
      publishRelease(db, coordinator, s.edition, await s.releaseInScope(a.id), TEST_URLS),
      publishRelease(other, coordinator, s.edition, await s.releaseInScope(b.id), TEST_URLS),
    ]);
    expect(both.map((r) => r.sequence).sort()).toEqual([3, 4]);
    // Nothing changed between them, so the later one is empty and tells nobody.
    expect(await db.outboxMessage.count({ where: { kind: 'conference.release' } })).toBe(2);
  }, 120_000);
});
