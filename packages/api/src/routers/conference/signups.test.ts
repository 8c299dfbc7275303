import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import type { Actor } from '@knutepunkt/domain';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { publishForTest } from './signups-test-world.ts';
import { cancelSignup, loadPublishedSession, mySignups, signUp, signupState } from './signups.ts';
import { moveSignup, setSignupCapacity } from './signups-admin.ts';

/**
 * The check for workshops: 100 people signing up at the same moment for 20 places. On
 * PostgreSQL through two clients with pools of their own (two server instances), on PGlite
 * through the one embedded database. The session's row lock is what makes it right.
 */
const urls = DEFAULT_SITE_URLS;
const actorOf = (userId: string): Actor => ({ userId, isAdmin: false, memberships: [], coordinatorOf: [] });
const START = new Date(Date.now() + 30 * 86_400_000);

async function setUp(db: Db, people: number, capacity: number | null, publish = true) {
  const network = await db.network.create({ data: { slug: 'nettverket', name: 'Nettverket' } });
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'konferansen',
      title: 'Konferansen',
      languages: ['nb'],
      startsOn: '2031-10-20',
      endsOn: '2031-10-21',
      owners: { create: { networkId: network.id } },
    },
  });
  const room = await db.conferenceRoom.create({ data: { editionId: edition.id, name: 'Rom 1' } });
  const session = await db.conferenceSession.create({
    data: { editionId: edition.id, number: 7, title: 'Verksted', roomId: room.id, startsAt: START, capacity },
  });
  if (publish) await publishForTest(db, edition.id);
  const userIds = Array.from({ length: people }, (_, i) => `person${String(i).padStart(4, '0')}`);
  await db.user.createMany({
    data: userIds.map((id, i) => ({
      id,
      email: `person${i}@test.knutepunkt.no`,
      name: `Person ${i}`,
      passwordHash: 'x',
    })),
  });
  return { sessionId: session.id, userIds, slug: edition.slug };
}

describe.each(testDatabases())('workshop sign-ups on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('100 at once for 20 places: 20 confirmed, 80 waiting 1..80; a cancellation promotes exactly one', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { sessionId, userIds, slug } = await setUp(db, 100, 20);
    const session = (await loadPublishedSession(db, slug, 7))!;
    expect(session.id).toBe(sessionId);

    const results = await Promise.all(userIds.map((id, i) => signUp(dbs[i % dbs.length]!, actorOf(id), session)));
    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    const waiting = results.filter((r) => r.status === 'waiting');
    expect(waiting).toHaveLength(80);
    expect(waiting.map((r) => r.waitingPlace).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 80 }, (_, i) => i + 1),
    );
    const rows = await db.conferenceSessionSignup.findMany({ where: { sessionId }, orderBy: { position: 'asc' } });
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(100);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    // Arrival order is the order the lock was granted: the first 20 have the places.
    expect(rows.slice(0, 20).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(20).every((r) => r.status === 'waiting')).toBe(true);
    expect((await db.conferenceSession.findUniqueOrThrow({ where: { id: sessionId } })).lastPosition).toBe(100);
    expect(await db.auditEntry.count({ where: { entity: 'conferenceSignup', action: 'create' } })).toBe(100);

    // Signing up again changes nothing.
    const again = await signUp(db, actorOf(rows[30]!.userId), session);
    expect(again).toMatchObject({ existing: true, status: 'waiting', waitingPlace: 11 });

    // One with a place cancels: exactly the first waiting is promoted and told.
    const first = rows[0]!.userId;
    const firstWaiting = rows[20]!.userId;
    expect(await cancelSignup(dbs[dbs.length - 1]!, first, session, urls)).toMatchObject({ promoted: 1 });
    const after = await db.conferenceSessionSignup.findMany({ where: { sessionId } });
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    expect(after.find((r) => r.userId === firstWaiting)!.status).toBe('confirmed');
    expect(after.filter((r) => r.status === 'waiting')).toHaveLength(79);
    const notices = await db.outboxMessage.findMany({ where: { kind: 'conference.signupPromoted' } });
    expect(notices.map((n) => n.userId)).toEqual([firstWaiting]);
    expect(notices[0]!.body).toContain('/konferanse/konferansen/sesjon/7');

    // A waiting person cancelling promotes nobody.
    await cancelSignup(db, rows[50]!.userId, session, urls);
    expect(await db.outboxMessage.count({ where: { kind: 'conference.signupPromoted' } })).toBe(1);

    const state = await signupState(db, session, rows[21]!.userId);
    expect(state).toMatchObject({ capacity: 20, seatsLeft: 0, waiting: 78, open: true });
    expect(state.mine).toEqual({ status: 'waiting', waitingPlace: 1 });
    expect(await mySignups(db, firstWaiting, slug)).toEqual([
      { number: 7, title: 'Verksted', status: 'confirmed', waitingPlace: null },
    ]);
  }, 120_000);

  test('cancellations and sign-ups at the same moment never overfill', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { userIds, slug } = await setUp(db, 60, 10);
    const session = (await loadPublishedSession(db, slug, 7))!;
    const [early, late] = [userIds.slice(0, 20), userIds.slice(20)];
    for (const id of early) await signUp(db, actorOf(id), session);
    await Promise.all([
      ...early.slice(0, 5).map((id, i) => cancelSignup(dbs[i % dbs.length]!, id, session, urls)),
      ...late.map((id, i) => signUp(dbs[(i + 1) % dbs.length]!, actorOf(id), session)),
    ]);
    const rows = await db.conferenceSessionSignup.findMany({ where: { sessionId: session.id } });
    const confirmed = rows.filter((r) => r.status === 'confirmed').map((r) => r.userId);
    expect(confirmed.sort()).toEqual(early.slice(5, 15).sort());
    expect(await db.outboxMessage.count({ where: { kind: 'conference.signupPromoted' } })).toBe(5);
  }, 120_000);
});

describe.each(testDatabases())('sign-up rules on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('closed at the start, unpublished sessions are not there, more places promote, moves by hand', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { sessionId, userIds, slug } = await setUp(db, 4, 1);
    const session = (await loadPublishedSession(db, slug, 7))!;
    await signUp(db, actorOf(userIds[0]!), session);
    expect((await signUp(db, actorOf(userIds[1]!), session)).status).toBe('waiting');
    await expect(signUp(db, actorOf(userIds[2]!), session, new Date(START.getTime() + 1))).rejects.toMatchObject({
      key: 'conference.signup.error.closed',
    });
    await expect(cancelSignup(db, userIds[3]!, session, urls)).rejects.toMatchObject({
      key: 'conference.signup.error.notSignedUp',
    });
    // More places: the waiting one gets a place at once and is told.
    expect(await setSignupCapacity(db, 'person0000', session, 2, urls)).toMatchObject({ promoted: 1 });
    expect(await db.outboxMessage.count({ where: { kind: 'conference.signupPromoted' } })).toBe(1);
    // Full: a move to a place is refused; a move to the waiting list promotes nobody.
    const waitingOne = await signUp(db, actorOf(userIds[2]!), session);
    expect(waitingOne.status).toBe('waiting');
    await expect(moveSignup(db, 'person0000', waitingOne.signupId, 'confirmed', session, urls)).rejects.toMatchObject({
      key: 'conference.signup.error.full',
    });
    const [firstRow] = await db.conferenceSessionSignup.findMany({ where: { sessionId, status: 'confirmed' } });
    await moveSignup(db, 'person0000', firstRow!.id, 'waiting', session, urls);
    expect(await db.conferenceSessionSignup.count({ where: { sessionId, status: 'confirmed' } })).toBe(1);
    // Capacity null: no sign-up.
    await db.conferenceSession.update({ where: { id: sessionId }, data: { capacity: null } });
    await expect(signUp(db, actorOf(userIds[3]!), session)).rejects.toMatchObject({
      key: 'conference.signup.error.noSignup',
    });
    // A session never published is not found by the public.
    const other = await setUpUnpublished(db);
    expect(await loadPublishedSession(db, other, 7)).toBeNull();
  }, 120_000);
});

async function setUpUnpublished(db: Db): Promise<string> {
  const edition = await db.conferenceEdition.create({
    data: { slug: 'upublisert', title: 'Upublisert', languages: ['nb'], startsOn: '2031-10-20', endsOn: '2031-10-21' },
  });
  const room = await db.conferenceRoom.create({ data: { editionId: edition.id, name: 'Rom' } });
  await db.conferenceSession.create({
    data: { editionId: edition.id, number: 7, title: 'Skjult', roomId: room.id, startsAt: START, capacity: 5 },
  });
  return edition.slug;
}
