import { afterEach, describe, expect, test } from 'vitest';
import { type Db, type DbHandle, openDb } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import type { Actor, MeetingRegisterInput } from '@knutepunkt/domain';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { cancelRegistration, register } from './registration.ts';
import { type MeetingInScope, loadMeeting } from './scope.ts';

/**
 * The issue's own check: many people registering at the same moment. On
 * PostgreSQL the calls go through two clients with pools of their own, as two
 * server instances would; on PGlite through the one embedded database.
 */
const DAY = 86_400_000;
const urls = DEFAULT_SITE_URLS;
const form: MeetingRegisterInput = {
  organisationId: null,
  attendance: 'in_person',
  dietary: 'Glutenfri',
  wheelchair: false,
  signLanguage: false,
  writtenInterpretation: false,
  hearingLoop: false,
  otherAccessNeeds: null,
  travelSupport: false,
  listConsent: false,
};
const actorOf = (userId: string): Actor => ({ userId, isAdmin: false, memberships: [], coordinatorOf: [] });

async function setUp(db: Db, people: number, capacity: number) {
  const network = await db.network.create({ data: { slug: 'nettverket', name: 'Nettverket' } });
  const meeting = await db.meeting.create({
    data: {
      networkId: network.id,
      slug: 'stor-samling',
      title: 'Stor samling',
      startsAt: new Date(Date.now() + 30 * DAY),
      endsAt: new Date(Date.now() + 30 * DAY + 3_600_000),
      venueName: 'Salen',
      capacity,
      openTo: 'anyone',
      status: 'published',
    },
  });
  await db.user.createMany({
    data: Array.from({ length: people }, (_, i) => ({
      id: `person${String(i).padStart(4, '0')}`,
      email: `person${i}@test.knutepunkt.no`,
      name: `Person ${i}`,
      passwordHash: 'x',
    })),
  });
  const userIds = Array.from({ length: people }, (_, i) => `person${String(i).padStart(4, '0')}`);
  return { meeting: (await loadMeeting(db, meeting.id))! as MeetingInScope, userIds };
}

describe.each(testDatabases())('registering at the same moment on $name', ({ name, open, skipReason }) => {
  let handles: DbHandle[] = [];
  afterEach(async () => {
    // The second client first: closing the first drops the test database.
    for (const h of handles.reverse()) await h.close();
    handles = [];
  });

  /** One client, or two on PostgreSQL (two server instances). */
  async function clients(): Promise<Db[] | null> {
    const first = await open();
    if (!first) return null;
    handles.push(first);
    if (name === 'postgres') handles.push(await openDb({ ...first.config }));
    return handles.map((h) => h.db);
  }

  test('200 people for 50 seats: 50 confirmed, 150 waiting in arrival order, none lost, none twice', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { meeting, userIds } = await setUp(db, 200, 50);

    const results = await Promise.all(
      userIds.map((userId, i) => register(dbs[i % dbs.length]!, actorOf(userId), meeting, form, urls)),
    );

    expect(results.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(150);
    const rows = await db.meetingRegistration.findMany({
      where: { meetingId: meeting.id },
      orderBy: { position: 'asc' },
      include: { needs: true },
    });
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((r) => r.userId)).size).toBe(200);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // Arrival order is the order the lock was taken in: the first 50 have the seats, then the list in order.
    expect(rows.slice(0, 50).every((r) => r.status === 'confirmed')).toBe(true);
    expect(rows.slice(50).every((r) => r.status === 'waiting')).toBe(true);
    const placeOf = new Map(results.map((r) => [r.registrationId, r.waitingPlace]));
    expect(rows.slice(50).map((r) => placeOf.get(r.id))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    // A seat keeps the answers; a waiting-list place holds none (they are asked when a seat is offered).
    expect(rows.slice(0, 50).every((r) => r.needs?.dietary === 'Glutenfri')).toBe(true);
    expect(rows.slice(50).every((r) => r.needs === null)).toBe(true);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).lastPosition).toBe(200);
    // One confirmation e-mail per seat, none for the waiting list.
    expect(await db.outboxMessage.count({ where: { kind: 'meeting.confirmed' } })).toBe(50);

    // Registering again, all at once, changes nothing and gives each their own registration back.
    const again = await Promise.all(
      userIds.slice(0, 60).map((userId, i) => register(dbs[i % dbs.length]!, actorOf(userId), meeting, form, urls)),
    );
    expect(again.every((r) => r.existing)).toBe(true);
    expect(await db.meetingRegistration.count({ where: { meetingId: meeting.id } })).toBe(200);
  }, 120_000);

  test('cancelling and promoting at the same moment as new registrations never overfills', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { meeting, userIds } = await setUp(db, 90, 20);
    const [early, late] = [userIds.slice(0, 40), userIds.slice(40)];
    for (const userId of early) await register(db, actorOf(userId), meeting, form, urls);

    // 10 with seats cancel while 50 newcomers register, all at once.
    const cancelling = early.slice(0, 10);
    await Promise.all([
      ...cancelling.map((userId, i) => cancelRegistration(dbs[i % dbs.length]!, userId, meeting, urls)),
      ...late.map((userId, i) => register(dbs[(i + 1) % dbs.length]!, actorOf(userId), meeting, form, urls)),
    ]);

    const rows = await db.meetingRegistration.findMany({
      where: { meetingId: meeting.id },
      orderBy: { position: 'asc' },
    });
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    expect(confirmed).toHaveLength(20);
    expect(rows.filter((r) => r.status === 'cancelled').map((r) => r.userId)).toEqual(cancelling);
    // The seats went to those who had waited longest: the first ten on the list before anyone new.
    expect(confirmed.map((r) => r.userId).sort()).toEqual(early.slice(10, 30).sort());
    expect(await db.outboxMessage.count({ where: { kind: 'meeting.promoted' } })).toBe(10);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(60);
  }, 120_000);
});
