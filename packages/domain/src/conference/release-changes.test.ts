import { describe, expect, test } from 'vitest';
import {
  changeCounts,
  changesForSessions,
  isEmpty,
  noticeableChanges,
  noticeableGuids,
  releaseChanges,
} from './release-changes.ts';

import { session, snapshot, v1 } from './release-fixtures.ts';

describe('releaseChanges', () => {
  test('the first release: every session is new, nothing else', () => {
    const changes = releaseChanges(null, v1);
    expect(changes.added.map((a) => a.guid)).toEqual(['g1', 'g2', 'g3']);
    expect(changes.added[1]).toEqual({
      guid: 'g2',
      number: 2,
      title: 'Sesjon 2',
      at: {
        startsAt: '2031-10-20T07:00:00.000Z',
        endsAt: '2031-10-20T07:45:00.000Z',
        roomGuid: 'room-b',
        roomName: 'Møterom 2',
      },
    });
    expect(changeCounts(changes)).toEqual({ added: 3, cancelled: 0, moved: 0, changed: 0 });
  });

  test('the same programme again: empty', () => {
    const changes = releaseChanges(v1, structuredClone(v1));
    expect(isEmpty(changes)).toBe(true);
    expect(isEmpty(releaseChanges(null, v1))).toBe(false);
  });

  test('the same instant written differently is no move; fields outside the change log are ignored', () => {
    const next = snapshot([
      session('g1', 1, { startsAt: '2031-10-20T07:00:00Z', abstract: 'Ny tekst', tags: ['x'], capacity: 9 }),
      session('g2', 2, { roomGuid: 'room-b' }),
      session('g3', 3),
    ]);
    expect(isEmpty(releaseChanges(v1, next))).toBe(true);
  });

  test('added and cancelled by guid, not by number or title', () => {
    const next = snapshot([
      session('g1', 1),
      session('g2', 2, { roomGuid: 'room-b' }),
      session('g4', 3, { title: 'Sesjon 3' }),
    ]);
    const changes = releaseChanges(v1, next);
    expect(changes.added.map((a) => [a.guid, a.number])).toEqual([['g4', 3]]);
    expect(changes.cancelled).toEqual([
      {
        guid: 'g3',
        number: 3,
        title: 'Sesjon 3',
        was: {
          startsAt: '2031-10-20T07:00:00.000Z',
          endsAt: '2031-10-20T07:45:00.000Z',
          roomGuid: 'room-a',
          roomName: 'Storsalen',
        },
      },
    ]);
    expect(changes.moved).toEqual([]);
    expect(changes.changed).toEqual([]);
  });

  test('moved: a new start, a new length or a new room, with from and to', () => {
    const next = snapshot([
      session('g1', 1, { startsAt: '2031-10-21T08:30:00.000Z' }),
      session('g2', 2, { roomGuid: 'room-b', durationMinutes: 90 }),
      session('g3', 3, { roomGuid: 'room-b' }),
    ]);
    const changes = releaseChanges(v1, next);
    expect(changes.moved.map((m) => m.guid)).toEqual(['g1', 'g2', 'g3']);
    expect(changes.moved[0]).toEqual({
      guid: 'g1',
      number: 1,
      title: 'Sesjon 1',
      from: {
        startsAt: '2031-10-20T07:00:00.000Z',
        endsAt: '2031-10-20T07:45:00.000Z',
        roomGuid: 'room-a',
        roomName: 'Storsalen',
      },
      to: {
        startsAt: '2031-10-21T08:30:00.000Z',
        endsAt: '2031-10-21T09:15:00.000Z',
        roomGuid: 'room-a',
        roomName: 'Storsalen',
      },
    });
    expect(changes.moved[1]!.to.endsAt).toBe('2031-10-20T08:30:00.000Z');
    expect(changes.moved[2]!.from.roomName).toBe('Storsalen');
    expect(changes.moved[2]!.to.roomName).toBe('Møterom 2');
    expect(changes.changed).toEqual([]);
  });

  test('a renamed room is no move, but the move names the room as it was and as it is', () => {
    const renamed = snapshot(v1.sessions, { rooms: v1.rooms.map((r) => ({ ...r, name: `${r.name} (ny)` })) });
    expect(isEmpty(releaseChanges(v1, renamed))).toBe(true);
    const moved = snapshot([session('g1', 1, { roomGuid: 'room-b' })], { rooms: renamed.rooms });
    expect(releaseChanges(v1, moved).moved[0]).toMatchObject({
      from: { roomName: 'Storsalen' },
      to: { roomName: 'Møterom 2 (ny)' },
    });
  });

  test('changed: title, speakers by name and in order, language, each with before and after', () => {
    const next = snapshot([
      session('g1', 1, { title: 'Åpning av konferansen' }),
      session('g2', 2, { roomGuid: 'room-b', speakers: [1, 2] }),
      session('g3', 3, { language: 'en', speakers: [] }),
    ]);
    const changes = releaseChanges(v1, next);
    expect(changes.changed).toEqual([
      {
        guid: 'g1',
        number: 1,
        title: 'Åpning av konferansen',
        fields: [{ field: 'title', before: 'Sesjon 1', after: 'Åpning av konferansen' }],
      },
      {
        guid: 'g2',
        number: 2,
        title: 'Sesjon 2',
        fields: [{ field: 'speakers', before: ['Kari Nordmann'], after: ['Kari Nordmann', 'Ola Nordmann'] }],
      },
      {
        guid: 'g3',
        number: 3,
        title: 'Sesjon 3',
        fields: [
          { field: 'speakers', before: ['Kari Nordmann'], after: [] },
          { field: 'language', before: 'nb', after: 'en' },
        ],
      },
    ]);
    const reordered = snapshot([session('g1', 1, { speakers: [2, 1] })]);
    const fromTwo = snapshot([session('g1', 1, { speakers: [1, 2] })]);
    expect(releaseChanges(fromTwo, reordered).changed[0]!.fields).toEqual([
      { field: 'speakers', before: ['Kari Nordmann', 'Ola Nordmann'], after: ['Ola Nordmann', 'Kari Nordmann'] },
    ]);
  });

  test('a speaker renamed between releases changes their sessions’ speakers', () => {
    const next = snapshot(v1.sessions, {
      speakers: v1.speakers.map((s) => (s.number === 1 ? { ...s, name: 'Kari Nordmann Berg' } : s)),
    });
    expect(releaseChanges(v1, next).changed.map((c) => c.guid)).toEqual(['g1', 'g2', 'g3']);
  });

  test('moved and changed at once: in both lists, the title the new one', () => {
    const next = snapshot([session('g1', 1, { title: 'Ny tittel', roomGuid: 'room-b' }), ...v1.sessions.slice(1)]);
    const changes = releaseChanges(v1, next);
    expect(changes.moved.map((m) => [m.guid, m.title])).toEqual([['g1', 'Ny tittel']]);
    expect(changes.changed.map((c) => [c.guid, c.title])).toEqual([['g1', 'Ny tittel']]);
  });

  test('entries follow the new programme’s order; cancelled ones the old', () => {
    const next = snapshot([
      session('g3', 3, { title: 'C', startsAt: '2031-10-20T06:00:00.000Z' }),
      session('g1', 1, { title: 'A' }),
    ]);
    const changes = releaseChanges(v1, next);
    expect(changes.changed.map((c) => c.guid)).toEqual(['g3', 'g1']);
    expect(changes.cancelled.map((c) => c.guid)).toEqual(['g2']);
  });
});

describe('changesForSessions and notices', () => {
  const next = snapshot([
    session('g1', 1, { roomGuid: 'room-b' }),
    session('g2', 2, { roomGuid: 'room-b', title: 'Nytt navn' }),
    session('g4', 4),
  ]);
  const changes = releaseChanges(v1, next);

  test('only the given sessions, of every kind', () => {
    expect(changesForSessions(changes, ['g1'])).toEqual({
      added: [],
      cancelled: [],
      moved: [changes.moved[0]],
      changed: [],
    });
    const mine = changesForSessions(changes, new Set(['g3', 'g4', 'g2']));
    expect(changeCounts(mine)).toEqual({ added: 1, cancelled: 1, moved: 0, changed: 1 });
    expect(isEmpty(changesForSessions(changes, ['nothing']))).toBe(true);
    expect(isEmpty(changesForSessions(changes, []))).toBe(true);
  });

  test('a notice is about moved, changed and cancelled sessions, never new ones', () => {
    expect([...noticeableGuids(changes)].sort()).toEqual(['g1', 'g2', 'g3']);
    expect(noticeableChanges(changesForSessions(changes, ['g4'])).added).toEqual([]);
    expect(isEmpty(noticeableChanges(changesForSessions(changes, ['g4'])))).toBe(true);
  });
});
