import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { attendanceByOrganisation, badges, checkInList, participantList } from './check-in-lists.ts';
import { checkIn } from './check-in.ts';
import { type MeetingInScope, loadMeeting } from './scope.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Person {
  name: string;
  organisationId: string | null;
  status?: 'confirmed' | 'waiting';
  listConsent?: boolean;
  attendance?: 'in_person' | 'online';
  needs?: { signLanguage?: boolean; dietary?: string };
}

/** A meeting starting in an hour, with these people registered. */
async function meetingWith(db: Db, networkId: string, people: Person[], startsIn = HOUR) {
  const now = Date.now();
  const meeting = await db.meeting.create({
    data: {
      networkId,
      slug: `innsjekk-${now}-${Math.floor(Math.random() * 1e6)}`,
      title: 'Fagsamling med innsjekk',
      startsAt: new Date(now + startsIn),
      endsAt: new Date(now + startsIn + 5 * HOUR),
      status: 'published',
      lastPosition: people.length,
    },
  });
  const ids: string[] = [];
  for (const [i, p] of people.entries()) {
    const user = await db.user.create({
      data: { email: `${meeting.id}-${i}@test.knutepunkt.no`, name: p.name, passwordHash: 'x' },
    });
    const registration = await db.meetingRegistration.create({
      data: {
        meetingId: meeting.id,
        userId: user.id,
        organisationId: p.organisationId,
        status: p.status ?? 'confirmed',
        position: i + 1,
        listConsent: p.listConsent ?? false,
        attendance: p.attendance ?? 'in_person',
        ...(p.needs ? { needs: { create: p.needs } } : {}),
      },
    });
    ids.push(registration.id);
  }
  return { meeting: (await loadMeeting(db, meeting.id)) as MeetingInScope, ids };
}

describe.each(testDatabases())('check-in on the day on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const state = (db: Db, id: string) =>
    db.meetingRegistration.findUniqueOrThrow({
      where: { id },
      select: { attended: true, attendedMarkedAt: true, attendedMarkedById: true },
    });

  test('marks are idempotent, the later mark wins whatever the order, and stray marks change nothing', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { coordinator, admin } = setup.world.userIds;
    const { meeting, ids } = await meetingWith(db, setup.world.network1, [
      { name: 'Åse Ødegård', organisationId: setup.world.org1 },
      { name: 'Bjørn Berg', organisationId: setup.world.org1 },
      { name: 'Cecilie Carlsen', organisationId: null },
      { name: 'Vera Venter', organisationId: null, status: 'waiting' },
    ]);
    const [ase, bjorn, cecilie, vera] = ids as [string, string, string, string];
    // A minute ago: every mark below was made in the past, as a phone's queued marks are.
    const t0 = Date.now() - 60_000;

    // The same mark twice (a reconnect sends the queue again): the second changes nothing.
    const mark = { registrationId: ase, attended: true, markedAt: iso(t0) };
    expect((await checkIn(db, coordinator, meeting, [mark])).results).toEqual([
      { registrationId: ase, outcome: 'applied' },
    ]);
    const first = await state(db, ase);
    expect(first).toMatchObject({ attended: true, attendedMarkedById: coordinator });
    expect((await checkIn(db, admin, meeting, [mark])).results[0]!.outcome).toBe('same');
    expect(await state(db, ase)).toEqual(first);
    expect(await db.auditEntry.count({ where: { entity: 'meetingRegistration', entityId: ase } })).toBe(1);

    // Two phones, one person each way round: phone 1 marks at t0+1s, phone 2 undoes at t0+2s.
    const phone1 = (id: string) => ({ registrationId: id, attended: true, markedAt: iso(t0 + 1000) });
    const phone2 = (id: string) => ({ registrationId: id, attended: false, markedAt: iso(t0 + 2000) });
    // Bjørn: phone 2 was online, phone 1 sends its older mark later.
    await checkIn(db, admin, meeting, [phone2(bjorn)]);
    const late = await checkIn(db, coordinator, meeting, [phone1(bjorn)]);
    expect(late.results[0]!.outcome).toBe('stale');
    expect(late.current).toEqual([{ registrationId: bjorn, attended: false, markedAt: new Date(t0 + 2000) }]);
    // Cecilie: the other order.
    await checkIn(db, coordinator, meeting, [phone1(cecilie)]);
    await checkIn(db, admin, meeting, [phone2(cecilie)]);
    expect((await state(db, bjorn)).attended).toBe(false);
    expect(await state(db, cecilie)).toMatchObject({ attended: false, attendedMarkedById: admin });

    // Both phones at the same moment (on PostgreSQL two connections): the outcome is the same.
    await Promise.all([
      checkIn(db, coordinator, meeting, [{ registrationId: ase, attended: false, markedAt: iso(t0 + 5000) }]),
      checkIn(db, admin, meeting, [{ registrationId: ase, attended: true, markedAt: iso(t0 + 6000) }]),
    ]);
    expect((await state(db, ase)).attended).toBe(true);

    // Within one batch the latest mark per person counts; a waiting registration is nobody to check in.
    const batch = await checkIn(db, coordinator, meeting, [
      { registrationId: bjorn, attended: true, markedAt: iso(t0 + 9000) },
      { registrationId: bjorn, attended: false, markedAt: iso(t0 + 8000) },
      { registrationId: vera, attended: true, markedAt: iso(t0 + 9000) },
      { registrationId: setup.world.meetings.memberRegistration, attended: true, markedAt: iso(t0 + 9000) },
    ]);
    expect(batch.results.map((r) => r.outcome)).toEqual(['applied', 'applied', 'unknown', 'unknown']);
    expect((await state(db, bjorn)).attended).toBe(true);
    expect((await state(db, vera)).attended).toBe(false);
    expect(
      (await db.meetingRegistration.findUniqueOrThrow({ where: { id: setup.world.meetings.memberRegistration } }))
        .attended,
    ).toBe(false);

    // A phone whose clock runs a day ahead: its mark counts as made now, so it does not win for ever.
    const before = new Date();
    await checkIn(db, coordinator, meeting, [
      { registrationId: cecilie, attended: true, markedAt: iso(t0 + 24 * HOUR) },
    ]);
    const clamped = (await state(db, cecilie)).attendedMarkedAt!;
    expect(clamped.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(clamped.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await state(db, cecilie)).attended).toBe(true);
    await checkIn(db, admin, meeting, [{ registrationId: cecilie, attended: false, markedAt: iso(Date.now() + 1000) }]);
    expect((await state(db, cecilie)).attended).toBe(false);

    // The list for the phone: seats only, by name (Norwegian order: Å last).
    const list = await checkInList(db, meeting);
    expect(list.window).toBe('open');
    expect(list.people.map((p) => [p.name, p.attended])).toEqual([
      ['Bjørn Berg', true],
      ['Cecilie Carlsen', false],
      ['Åse Ødegård', true],
    ]);
  });

  test('check-in is refused before it opens and once the meeting is cancelled', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { coordinator } = setup.world.userIds;
    const { meeting, ids } = await meetingWith(
      db,
      setup.world.network1,
      [{ name: 'Tidlig Ute', organisationId: null }],
      5 * HOUR,
    );
    const marks = [{ registrationId: ids[0]!, attended: true, markedAt: iso(Date.now()) }];
    await expect(checkIn(db, coordinator, meeting, marks)).rejects.toMatchObject({
      kind: 'conflict',
      key: 'meetings.admin.checkIn.error.notYet',
    });
    await expect(
      checkIn(db, coordinator, { ...meeting, status: 'cancelled' }, marks, new Date(meeting.startsAt)),
    ).rejects.toMatchObject({ key: 'meetings.admin.checkIn.error.closed' });
    expect((await state(db, ids[0]!)).attendedMarkedAt).toBeNull();
  });

  test('participant list, badges with audited needs, and attendance per organisation after the needs are deleted', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { coordinator } = setup.world.userIds;
    const { org1, org2 } = setup.world;
    const { meeting, ids } = await meetingWith(db, setup.world.network1, [
      { name: 'Kari Kommune', organisationId: org1, listConsent: true, needs: { signLanguage: true } },
      { name: 'Ola Kommune', organisationId: org1, needs: { dietary: 'Glutenfri' } },
      { name: 'Siri Skjerm', organisationId: org2, listConsent: true, attendance: 'online' },
      { name: 'Uten Org', organisationId: null, listConsent: true },
      { name: 'Venter Vel', organisationId: org2, listConsent: true, status: 'waiting' },
    ]);
    const [kari, , siri] = ids as [string, string, string];

    const participants = await participantList(db, meeting);
    expect(participants).toEqual({
      people: [
        { name: 'Kari Kommune', organisation: 'Kommune én' },
        { name: 'Siri Skjerm', organisation: 'Kommune to' },
        { name: 'Uten Org', organisation: null },
      ],
      total: 4,
    });
    expect(JSON.stringify(participants)).not.toContain('Ola');

    const reads = () => db.auditEntry.count({ where: { action: 'read', entity: 'meeting', entityId: meeting.id } });
    const plain = await badges(db, coordinator, meeting, false);
    expect(plain.map((b) => [b.name, b.markers])).toEqual([
      ['Kari Kommune', []],
      ['Ola Kommune', []],
      ['Uten Org', []],
    ]);
    expect(await reads()).toBe(0);
    const marked = await badges(db, coordinator, meeting, true);
    expect(marked.map((b) => [b.name, b.markers])).toEqual([
      ['Kari Kommune', ['signLanguage']],
      ['Ola Kommune', ['dietary']],
      ['Uten Org', []],
    ]);
    expect(JSON.stringify(marked)).not.toContain('Glutenfri');
    expect(await reads()).toBe(1);

    await checkIn(db, coordinator, meeting, [
      { registrationId: kari, attended: true, markedAt: iso(Date.now()) },
      { registrationId: siri, attended: true, markedAt: iso(Date.now()) },
    ]);
    const expected = {
      organisations: [
        { organisationId: org1, name: 'Kommune én', registered: 2, attended: 1 },
        { organisationId: org2, name: 'Kommune to', registered: 1, attended: 1 },
        { organisationId: null, name: null, registered: 1, attended: 0 },
      ],
      registered: 4,
      attended: 2,
    };
    expect(await attendanceByOrganisation(db, meeting)).toEqual(expected);

    // The clean-up job deletes the sensitive answers after the meeting: attendance stays, markers go.
    await db.meetingRegistrationNeeds.deleteMany({ where: { registration: { meetingId: meeting.id } } });
    expect(await attendanceByOrganisation(db, meeting)).toEqual(expected);
    expect((await badges(db, coordinator, meeting, true)).every((b) => b.markers.length === 0)).toBe(true);
  });
});
