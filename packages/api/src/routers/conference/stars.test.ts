import { describe, expect, test } from 'vitest';
import { renewCalendarFeed, personalFeed } from '../meetings/personal-feed.ts';
import { testDatabases } from '@knutepunkt/db/testing';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { TEST_URLS, worldPerDatabase } from '../../testing/world-per-database.ts';
import { createStarsWorld } from './stars-test-world.ts';
import { myStars, setStar, syncStars } from './stars.ts';
import { starredSessionEvent } from './stars-calendar.ts';

// In the past: entries from the future are taken as made now (effectiveStarAt).
const T = Date.UTC(2025, 8, 10, 12);
const tokenOf = (url: string) =>
  url
    .split('/')
    .pop()!
    .replace(/\.ics$/, '');

describe.each(testDatabases())('stars on $name', ({ name, open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('a browser’s stars are merged into the account on signing in, and unstars sync too', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { slug, guids } = setup.world.conferenceStars;
    const userId = setup.world.userIds.member;
    const [a, b, c] = guids;

    // Signed in on a phone: stars a.
    await syncStars(db, userId, { slug, entries: [{ guid: a, starred: true, at: T }] }, T + 1000);
    // A laptop that was anonymous starred b and c before signing in: both are added, a kept.
    const merged = await syncStars(db, userId, {
      slug,
      entries: [
        { guid: b, starred: true, at: T + 10 },
        { guid: c, starred: true, at: T + 20 },
      ],
    });
    expect(merged.guids.sort()).toEqual([a, b, c].sort());
    // The phone unstars c later, offline; the laptop still holds the old star of c and syncs after.
    await syncStars(db, userId, { slug, entries: [{ guid: c, starred: false, at: T + 500 }] });
    const laptop = await syncStars(db, userId, { slug, entries: [{ guid: c, starred: true, at: T + 20 }] });
    expect(laptop.guids.sort()).toEqual([a, b].sort());
    expect(laptop.entries.find((e) => e.guid === c)).toEqual({ guid: c, starred: false, at: T + 500 });
    // Sending the same again changes nothing.
    const again = await syncStars(db, userId, { slug, entries: laptop.entries });
    expect(again).toEqual(laptop);
    expect(await db.conferenceStar.count({ where: { userId } })).toBe(2);
    expect(await db.conferenceStarRemoval.count({ where: { userId } })).toBe(1);
    // Starring c again later wins over the tombstone, and removes it.
    await setStar(db, userId, { slug, guid: c }, true, T + 900);
    expect((await myStars(db, userId, slug)).guids.sort()).toEqual([a, b, c].sort());
    expect(await db.conferenceStarRemoval.count({ where: { userId } })).toBe(0);
    // Someone else's stars are their own.
    expect((await myStars(db, setup.world.userIds.editor, slug)).guids).toEqual([]);
  });

  test('only sessions of the newest published release: others are 404 or left out', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { slug, unreleasedGuid, guids } = setup.world.conferenceStars;
    const userId = setup.world.userIds.coordinator;
    const refused = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ name: 'UserError', kind: 'notFound' });
    await refused(setStar(db, userId, { slug, guid: unreleasedGuid }, true));
    // A session of another edition (the shared one, not published at all).
    const other = await db.conferenceSession.findUniqueOrThrow({ where: { id: setup.world.conference.plenaryId } });
    await refused(setStar(db, userId, { slug, guid: other.guid }, true));
    await refused(setStar(db, userId, { slug: setup.world.conference.slug, guid: other.guid }, true));
    await refused(myStars(db, userId, 'finnes-ikke'));
    const synced = await syncStars(db, userId, {
      slug,
      entries: [
        { guid: unreleasedGuid, starred: true, at: T },
        { guid: other.guid, starred: true, at: T },
        { guid: guids[1], starred: true, at: T },
      ],
    });
    expect(synced.guids).toEqual([guids[1]]);
    expect(await db.conferenceStar.count({ where: { userId } })).toBe(1);
  });

  test('a device clock far ahead counts as now', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { slug, guids } = setup.world.conferenceStars;
    const userId = setup.world.userIds.otherEditor;
    const now = Date.now();
    await syncStars(
      db,
      userId,
      { slug, entries: [{ guid: guids[0], starred: true, at: now + 365 * 86_400_000 }] },
      now,
    );
    // The honest unstar a minute later still wins.
    const after = await syncStars(db, userId, {
      slug,
      entries: [{ guid: guids[0], starred: false, at: now + 60_000 }],
    });
    expect(after.guids).toEqual([]);
  });

  test('the personal feed carries the owner’s starred sessions, only theirs, and stops when renewed', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { slug, guids } = setup.world.conferenceStars;
    const { admin, otherCoordinator } = setup.world.userIds;
    await setStar(db, admin, { slug, guid: guids[2] }, true);
    await setStar(db, otherCoordinator, { slug, guid: guids[0] }, true);
    const first = await renewCalendarFeed(db, admin, TEST_URLS);
    const feed = await personalFeed(db, tokenOf(first.url));
    expect(feed?.starred.map((s) => s.session.guid)).toEqual([guids[2]]);
    const event = starredSessionEvent(feed!.starred[0]!, TEST_URLS.web);
    expect(event.uid).toBe(`conference-session-${guids[2]}@knutepunkt.example`);
    expect(event.summary).toBe('Avslutning');
    expect(event.start.toISOString()).toBe('2031-10-20T08:30:00.000Z');
    expect(event.end.toISOString()).toBe('2031-10-20T09:00:00.000Z');
    expect(event.url).toBe(`https://knutepunkt.example/konferanse/${slug}/sesjon/3`);
    // Renewing revokes the old address: it answers nothing.
    const second = await renewCalendarFeed(db, admin, TEST_URLS);
    expect(await personalFeed(db, tokenOf(first.url))).toBeNull();
    expect((await personalFeed(db, tokenOf(second.url)))?.starred).toHaveLength(1);
    void name;
  });
});

describe.each(testDatabases())('two devices syncing at once on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('both devices’ stars and unstars are kept, whatever the order', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const world = await createStarsWorld(db);
    const [a, b, c] = world.guids;
    const user = await db.user.create({
      data: { email: 'to-enheter@test.knutepunkt.no', name: 'To enheter', passwordHash: 'x' },
    });
    await syncStars(db, user.id, { slug: world.slug, entries: [{ guid: c, starred: true, at: T }] });
    const phone = [
      { guid: a, starred: true, at: T + 10 },
      { guid: c, starred: false, at: T + 30 },
    ];
    const laptop = [
      { guid: b, starred: true, at: T + 20 },
      { guid: c, starred: true, at: T + 5 },
    ];
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        syncStars(dbs[i % dbs.length]!, user.id, { slug: world.slug, entries: i % 2 ? phone : laptop }),
      ),
    );
    const final = await myStars(db, user.id, world.slug);
    expect(final.guids.sort()).toEqual([a, b].sort());
    expect(runs.at(-1)!.entries.length).toBe(3);
    expect(await db.conferenceStar.count({ where: { userId: user.id } })).toBe(2);
    expect(await db.conferenceStarRemoval.count({ where: { userId: user.id } })).toBe(1);
  }, 60_000);
});
