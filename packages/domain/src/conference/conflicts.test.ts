import { describe, expect, it } from 'vitest';
import { type ConflictSession, editionDayList, programmeWarnings, warningSessionIds } from './conflicts.ts';

// 20–21 October 2031: summer time in Oslo (UTC+2). 09:00 Oslo is 07:00Z.
const DAYS = ['2031-10-20', '2031-10-21'];
const ROOMS = [
  { id: 'big', capacity: 300 },
  { id: 'small', capacity: 30 },
  { id: 'open', capacity: null },
];

function session(id: string, fields: Partial<ConflictSession> & { at?: string } = {}): ConflictSession {
  const { at, ...rest } = fields;
  return {
    id,
    roomId: 'big',
    startsAt: at ? new Date(at) : null,
    durationMinutes: 60,
    speakerIds: [],
    kind: 'parallel',
    capacity: null,
    ...rest,
  };
}

const warn = (sessions: ConflictSession[], window: [string, string] = ['08:00', '18:00'], days = DAYS) =>
  programmeWarnings({ sessions, rooms: ROOMS, days, dayStartsAt: window[0], dayEndsAt: window[1] });

describe('editionDayList', () => {
  it('lists every day from the first to the last', () => {
    expect(editionDayList('2031-10-20', '2031-10-22')).toEqual(['2031-10-20', '2031-10-21', '2031-10-22']);
    expect(editionDayList('2031-10-20', '2031-10-20')).toEqual(['2031-10-20']);
  });

  it('crosses months, years and the clock changes as plain days', () => {
    expect(editionDayList('2027-10-30', '2027-11-01')).toEqual(['2027-10-30', '2027-10-31', '2027-11-01']);
    expect(editionDayList('2031-12-31', '2032-01-01')).toEqual(['2031-12-31', '2032-01-01']);
    expect(editionDayList('2032-02-28', '2032-03-01')).toEqual(['2032-02-28', '2032-02-29', '2032-03-01']);
    expect(editionDayList('2027-03-27', '2027-03-28')).toEqual(['2027-03-27', '2027-03-28']);
  });

  it('is empty for junk or an end before the start, and never very long', () => {
    expect(editionDayList('2031-10-21', '2031-10-20')).toEqual([]);
    expect(editionDayList('2031-02-30', '2031-03-01')).toEqual([]);
    expect(editionDayList('i morgen', '2031-03-01')).toEqual([]);
    expect(editionDayList('2031-01-01', '2099-01-01')).toHaveLength(31);
  });
});

describe('programmeWarnings', () => {
  it('is empty for a sound programme and ignores unscheduled sessions', () => {
    expect(
      warn([
        session('a', { at: '2031-10-20T07:00:00Z' }),
        session('b', { at: '2031-10-20T07:00:00Z', roomId: 'small' }),
        // Touching: b2 starts when a ends.
        session('a2', { at: '2031-10-20T08:00:00Z' }),
        // Unscheduled, even when a start or a room is left from before.
        session('u1', { at: '2031-10-20T07:00:00Z', roomId: null }),
        session('u2'),
      ]),
    ).toEqual([]);
  });

  it('warns when two sessions overlap in one room, naming both and the room', () => {
    const warnings = warn([
      session('late', { at: '2031-10-20T07:30:00Z' }),
      session('early', { at: '2031-10-20T07:00:00Z' }),
      session('elsewhere', { at: '2031-10-20T07:30:00Z', roomId: 'small' }),
    ]);
    expect(warnings).toEqual([{ kind: 'roomDoubleBooked', roomId: 'big', sessionIds: ['early', 'late'] }]);
  });

  it('finds a short session inside a long one and every pair of three', () => {
    const warnings = warn([
      session('long', { at: '2031-10-20T07:00:00Z', durationMinutes: 180 }),
      session('x', { at: '2031-10-20T08:00:00Z', durationMinutes: 15 }),
      session('y', { at: '2031-10-20T09:00:00Z', durationMinutes: 15 }),
    ]);
    expect(warnings.map((w) => warningSessionIds(w))).toEqual([
      ['long', 'x'],
      ['long', 'y'],
    ]);
  });

  it('warns when a speaker is in two overlapping sessions, in different rooms too', () => {
    const warnings = warn([
      session('a', { at: '2031-10-20T07:00:00Z', speakerIds: ['kari', 'ola'] }),
      session('b', { at: '2031-10-20T07:45:00Z', roomId: 'small', speakerIds: ['ola', 'kari'] }),
      // Same speaker later that day: fine.
      session('c', { at: '2031-10-20T09:00:00Z', roomId: 'small', speakerIds: ['kari'] }),
    ]);
    expect(warnings).toEqual([
      { kind: 'speakerClash', speakerId: 'kari', sessionIds: ['a', 'b'] },
      { kind: 'speakerClash', speakerId: 'ola', sessionIds: ['a', 'b'] },
    ]);
  });

  it('does not warn about a speaker whose sessions only touch', () => {
    expect(
      warn([
        session('a', { at: '2031-10-20T07:00:00Z', speakerIds: ['kari'] }),
        session('b', { at: '2031-10-20T08:00:00Z', roomId: 'small', speakerIds: ['kari'] }),
      ]),
    ).toEqual([]);
  });

  it('warns about a session before the day starts or ending after it, in Oslo time', () => {
    const warnings = warn([
      // 07:45 Oslo.
      session('early', { at: '2031-10-20T05:45:00Z', roomId: 'open' }),
      // 08:00–09:00 Oslo: exactly at the start.
      session('first', { at: '2031-10-20T06:00:00Z' }),
      // 17:00–18:00 Oslo: ends exactly at the end.
      session('last', { at: '2031-10-20T15:00:00Z' }),
      // 17:30–18:30 Oslo.
      session('over', { at: '2031-10-21T15:30:00Z', roomId: 'small' }),
      // 23:30–00:30 Oslo: into the next day.
      session('night', { at: '2031-10-20T21:30:00Z', roomId: 'small' }),
    ]);
    expect(warnings).toEqual([
      { kind: 'outsideDay', sessionId: 'early', reason: 'beforeStart' },
      { kind: 'outsideDay', sessionId: 'night', reason: 'afterEnd' },
      { kind: 'outsideDay', sessionId: 'over', reason: 'afterEnd' },
    ]);
  });

  it('warns about a session on a day that is not the edition’s, by its Oslo date', () => {
    const warnings = warn(
      [
        // 00:30 Oslo on the 22nd is 22:30Z on the 21st: the Oslo day counts.
        session('after', { at: '2031-10-21T22:30:00Z' }),
        session('before', { at: '2031-10-19T08:00:00Z', roomId: 'small' }),
      ],
      ['00:00', '23:59'],
    );
    expect(warnings).toEqual([
      { kind: 'outsideDay', sessionId: 'before', reason: 'notADay' },
      { kind: 'outsideDay', sessionId: 'after', reason: 'notADay' },
    ]);
  });

  it('uses the wall clock on the day the clocks go back and the day they go forward', () => {
    // 26 October 2031: the clocks go back at 03:00 (UTC+2 → UTC+1). 17:00 Oslo is 16:00Z.
    const autumn = ['2031-10-26'];
    expect(warn([session('a', { at: '2031-10-26T16:00:00Z' })], ['08:00', '18:00'], autumn)).toEqual([]);
    // 17:00Z is 18:00 Oslo in winter time: the start is at the end of the window, so it ends after it.
    expect(warn([session('b', { at: '2031-10-26T17:00:00Z' })], ['08:00', '18:00'], autumn)).toEqual([
      { kind: 'outsideDay', sessionId: 'b', reason: 'afterEnd' },
    ]);
    // 07:00Z is 08:00 Oslo after the change (it would be 09:00 in summer time).
    expect(warn([session('c', { at: '2031-10-26T07:00:00Z' })], ['08:30', '18:00'], autumn)).toEqual([
      { kind: 'outsideDay', sessionId: 'c', reason: 'beforeStart' },
    ]);
    // 30 March 2031: the clocks go forward (UTC+1 → UTC+2). 06:00Z is 08:00 Oslo.
    expect(warn([session('d', { at: '2031-03-30T06:00:00Z' })], ['08:00', '18:00'], ['2031-03-30'])).toEqual([]);
    expect(warn([session('e', { at: '2031-03-30T05:59:00Z' })], ['08:00', '18:00'], ['2031-03-30'])).toEqual([
      { kind: 'outsideDay', sessionId: 'e', reason: 'beforeStart' },
    ]);
  });

  it('warns about a workshop with more places than its room, and nothing else', () => {
    const warnings = warn([
      session('ws', { at: '2031-10-20T07:00:00Z', roomId: 'small', kind: 'workshop', capacity: 40 }),
      session('fits', { at: '2031-10-20T09:00:00Z', roomId: 'small', kind: 'workshop', capacity: 30 }),
      // Not a workshop, no places, or a room of unknown size: nothing to compare.
      session('plenary', { at: '2031-10-20T10:00:00Z', roomId: 'small', kind: 'plenary', capacity: 400 }),
      session('open', { at: '2031-10-20T09:00:00Z', roomId: 'open', kind: 'workshop', capacity: 1000 }),
      session('free', { at: '2031-10-20T11:00:00Z', roomId: 'small', kind: 'workshop', capacity: null }),
      session('untyped', { at: '2031-10-20T12:00:00Z', roomId: 'small', kind: null, capacity: 99 }),
    ]);
    expect(warnings).toEqual([
      { kind: 'workshopOverRoom', sessionId: 'ws', roomId: 'small', capacity: 40, roomCapacity: 30 },
    ]);
  });

  it('gives every kind together, room conflicts first, in a stable order', () => {
    const sessions = [
      session('b', { at: '2031-10-20T07:30:00Z', speakerIds: ['s'] }),
      session('a', { at: '2031-10-20T07:30:00Z', speakerIds: ['s'], roomId: 'big' }),
      session('w', { at: '2031-10-20T05:00:00Z', roomId: 'small', kind: 'workshop', capacity: 31 }),
    ];
    const warnings = warn(sessions);
    expect(warnings.map((w) => w.kind)).toEqual(['roomDoubleBooked', 'speakerClash', 'outsideDay', 'workshopOverRoom']);
    expect(warningSessionIds(warnings[0]!)).toEqual(['a', 'b']);
    expect(warn([...sessions].reverse())).toEqual(warnings);
  });
});
