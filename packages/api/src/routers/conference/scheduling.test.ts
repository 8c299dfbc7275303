import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { httpCall } from '../../testing/http.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { placeSession, programmeGrid, unscheduleSession } from './scheduling.ts';
import { sessionToPlaceRule } from './scheduling-procedures.ts';
import { loadEdition } from './scope.ts';

describe.each(testDatabases())('the programme editor on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);
  const load = async (sessionId: string) => (await sessionToPlaceRule().load(setup.handle!.db, { sessionId }))!.session;

  test('the grid, placing and moving with warnings, refusals, taking out again; every move audited', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference: c, userIds } = setup.world;
    const edition = (await loadEdition(db, c.editionId))!;

    const grid = await programmeGrid(db, edition);
    expect(grid.days).toEqual(['2031-10-20', '2031-10-21']);
    expect(grid.edition).toMatchObject({ dayStartsAt: '08:00', dayEndsAt: '18:00' });
    expect(grid.rooms.map((r) => r.name)).toEqual(['Storsalen', 'Møterom 2']);
    const plenary = grid.sessions.find((s) => s.id === c.plenaryId)!;
    expect(plenary).toMatchObject({
      title: 'Åpning',
      kind: 'plenary',
      track: { name: 'Medborgerskap', colour: '#1f5f8b' },
      speakers: ['Kari Nordmann'],
      roomId: c.rooms[0],
      placement: { day: '2031-10-20', time: '09:00', overlap: null },
      durationMinutes: 45,
    });
    expect(grid.sessions.find((s) => s.id === c.unscheduledId)).toMatchObject({ roomId: null, placement: null });
    expect(grid.warnings).toEqual([]);

    // Into Storsalen at 09:30 while the opening runs until 09:45: placed, and warned about.
    const placed = await placeSession(db, userIds.coordinator, await load(c.unscheduledId), edition, {
      sessionId: c.unscheduledId,
      day: '2031-10-20',
      roomId: c.rooms[0],
      time: '09:30',
      durationMinutes: 30,
    });
    expect(placed).toMatchObject({
      room: { id: c.rooms[0], name: 'Storsalen' },
      startsAt: '2031-10-20T07:30:00.000Z',
      placement: { day: '2031-10-20', time: '09:30', overlap: null },
      durationMinutes: 30,
      warnings: [{ kind: 'roomDoubleBooked', roomId: c.rooms[0], sessionIds: [c.plenaryId, c.unscheduledId] }],
    });

    // Kari speaks in both: moved to the other room at 09:15 it clashes by speaker, not by room.
    await db.conferenceSessionSpeaker.create({ data: { sessionId: c.unscheduledId, speakerId: c.speakers[0] } });
    const moved = await placeSession(db, userIds.admin, await load(c.unscheduledId), edition, {
      sessionId: c.unscheduledId,
      day: '2031-10-20',
      roomId: c.rooms[1],
      time: '09:15',
    });
    expect(moved.durationMinutes).toBe(30);
    expect(moved.warnings).toEqual([
      { kind: 'speakerClash', speakerId: c.speakers[0], sessionIds: [c.plenaryId, c.unscheduledId] },
    ]);
    expect((await programmeGrid(db, edition)).warnings).toEqual([
      {
        kind: 'speakerClash',
        speakerId: c.speakers[0],
        speakerName: 'Kari Nordmann',
        sessionIds: [c.plenaryId, c.unscheduledId],
      },
    ]);

    // Refused, with nothing changed: a day outside the edition, a room of another edition.
    const other = await db.conferenceEdition.create({
      data: {
        slug: 'annen-konferanse',
        title: 'Annen',
        languages: ['nb'],
        startsOn: '2031-10-20',
        endsOn: '2031-10-20',
      },
    });
    const foreignRoom = await db.conferenceRoom.create({ data: { editionId: other.id, name: 'Fremmed rom' } });
    const base = { sessionId: c.unscheduledId, day: '2031-10-21', roomId: c.rooms[0], time: '10:00' };
    await expect(
      placeSession(db, userIds.coordinator, await load(c.unscheduledId), edition, { ...base, day: '2031-10-22' }),
    ).rejects.toMatchObject({
      key: 'conference.admin.grid.error.dayNotInEdition',
      fieldErrors: { day: expect.any(String) },
    });
    await expect(
      placeSession(db, userIds.coordinator, await load(c.unscheduledId), edition, { ...base, roomId: foreignRoom.id }),
    ).rejects.toMatchObject({ key: 'conference.admin.grid.error.roomNotInEdition', kind: 'badRequest' });
    expect(await db.conferenceSession.findUniqueOrThrow({ where: { id: c.unscheduledId } })).toMatchObject({
      roomId: c.rooms[1],
      startsAt: new Date('2031-10-20T07:15:00Z'),
    });

    // The workshop (10 places) into a room of 8: warned about.
    await db.conferenceRoom.update({ where: { id: c.rooms[1] }, data: { capacity: 8 } });
    expect((await programmeGrid(db, edition)).warnings).toContainEqual({
      kind: 'workshopOverRoom',
      sessionId: c.workshopId,
      roomId: c.rooms[1],
      capacity: 10,
      roomCapacity: 8,
    });

    // Out of the programme again.
    await unscheduleSession(db, userIds.coordinator, await load(c.unscheduledId));
    const after = await programmeGrid(db, edition);
    expect(after.sessions.find((s) => s.id === c.unscheduledId)).toMatchObject({ roomId: null, placement: null });
    expect(after.warnings.map((w) => w.kind)).toEqual(['workshopOverRoom']);

    const audit = await db.auditEntry.findMany({
      where: { entity: 'conferenceSession', entityId: c.unscheduledId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { actorId: true, action: true, after: true },
    });
    expect(audit.map((a) => [a.actorId, a.action])).toEqual([
      [userIds.coordinator, 'update'],
      [userIds.admin, 'update'],
      [userIds.coordinator, 'update'],
    ]);
    expect(audit[2]!.after).toEqual({ roomId: null, startsAt: null });
  });

  test('the days the clocks change: the spring gap refused in words, the autumn hour asked and kept apart', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { conference: c, userIds, tokens } = setup.world;
    // Clocks go forward on Sunday 30 March 2031 and back on Sunday 26 October 2031.
    await db.conferenceEdition.update({
      where: { id: c.editionId },
      data: { startsOn: '2031-03-29', endsOn: '2031-03-30', dayStartsAt: '00:00', dayEndsAt: '23:45' },
    });
    let edition = (await loadEdition(db, c.editionId))!;
    const place = async (day: string, time: string, overlap?: 'first' | 'second') =>
      placeSession(db, userIds.coordinator, await load(c.unscheduledId), edition, {
        sessionId: c.unscheduledId,
        day,
        roomId: c.rooms[0],
        time,
        overlap,
        durationMinutes: 30,
      });

    await expect(place('2031-03-30', '02:30')).rejects.toMatchObject({
      key: 'meetings.time.gap',
      fieldErrors: { time: 'meetings.time.gap' },
    });
    // Through the API the refusal is a translated 400, never a 500.
    const res = await httpCall(db, 'admin', {
      path: 'conference.scheduling.placeSession',
      type: 'mutation',
      input: { sessionId: c.unscheduledId, day: '2031-03-30', roomId: c.rooms[0], time: '02:15' },
      sessionToken: tokens.coordinator.admin,
      locale: 'nb',
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/02:15 finnes ikke/);
    // 03:00 after the gap is 01:00Z (summer time already).
    expect((await place('2031-03-30', '03:00')).startsAt).toBe('2031-03-30T01:00:00.000Z');
    // 01:30 the night before the gap is winter time.
    expect((await place('2031-03-30', '01:30')).startsAt).toBe('2031-03-30T00:30:00.000Z');

    await db.conferenceEdition.update({
      where: { id: c.editionId },
      data: { startsOn: '2031-10-25', endsOn: '2031-10-26' },
    });
    edition = (await loadEdition(db, c.editionId))!;
    await expect(place('2031-10-26', '02:30')).rejects.toMatchObject({
      key: 'meetings.time.ambiguous',
      fieldErrors: { time: 'meetings.time.ambiguous' },
    });
    const first = await place('2031-10-26', '02:30', 'first');
    expect(first).toMatchObject({
      startsAt: '2031-10-26T00:30:00.000Z',
      placement: { day: '2031-10-26', time: '02:30', overlap: 'first' },
    });
    const second = await place('2031-10-26', '02:30', 'second');
    expect(second).toMatchObject({
      startsAt: '2031-10-26T01:30:00.000Z',
      placement: { day: '2031-10-26', time: '02:30', overlap: 'second' },
    });
    // The grid reads it back the same, and a plain hour needs no answer.
    const grid = await programmeGrid(db, edition);
    expect(grid.days).toEqual(['2031-10-25', '2031-10-26']);
    expect(grid.sessions.find((s) => s.id === c.unscheduledId)!.placement).toEqual({
      day: '2031-10-26',
      time: '02:30',
      overlap: 'second',
    });
    expect((await place('2031-10-26', '09:00', 'first')).startsAt).toBe('2031-10-26T08:00:00.000Z');
  });
});
