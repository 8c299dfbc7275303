import { describe, expect, it } from 'vitest';
import type { SnapshotSession } from './snapshot.ts';
import { STARS_MAX, type StarEntry, effectiveStarAt, mergeStars, starClashes, starredGuids } from './stars.ts';
import { starInput, syncStarsInput } from './stars-schemas.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const T = Date.UTC(2031, 9, 20, 7);

const star = (guid: string, at: number): StarEntry => ({ guid, starred: true, at });
const unstar = (guid: string, at: number): StarEntry => ({ guid, starred: false, at });

describe('mergeStars', () => {
  it('is the union of both sides: a star on either side is kept', () => {
    const merged = mergeStars([star(A, T)], [star(B, T + 1)]);
    expect(starredGuids(merged)).toEqual([A, B]);
  });

  it('lets a later unstar (a tombstone) win over an earlier star, from either side', () => {
    expect(starredGuids(mergeStars([unstar(A, T + 5)], [star(A, T)]))).toEqual([]);
    expect(starredGuids(mergeStars([star(A, T)], [unstar(A, T + 5)]))).toEqual([]);
  });

  it('lets a later star win over an earlier unstar, from either side', () => {
    expect(starredGuids(mergeStars([star(A, T + 5)], [unstar(A, T)]))).toEqual([A]);
    expect(starredGuids(mergeStars([unstar(A, T)], [star(A, T + 5)]))).toEqual([A]);
  });

  it('keeps the star when a star and an unstar were made in the same millisecond', () => {
    expect(starredGuids(mergeStars([unstar(A, T)], [star(A, T)]))).toEqual([A]);
    expect(starredGuids(mergeStars([star(A, T)], [unstar(A, T)]))).toEqual([A]);
  });

  it('keeps tombstones in the answer, so the unstar reaches the next device too', () => {
    expect(mergeStars([unstar(C, T)], [])).toEqual([unstar(C, T)]);
  });

  it('gives the same answer whatever the order of the entries and sides', () => {
    const one = [star(A, T), unstar(B, T + 2), star(C, T)];
    const two = [unstar(A, T + 1), star(B, T + 1)];
    const expected = mergeStars(one, two);
    expect(mergeStars([...two].reverse(), [...one].reverse())).toEqual(expected);
    expect(expected).toEqual([unstar(A, T + 1), unstar(B, T + 2), star(C, T)]);
  });

  it('is idempotent: merging the result again changes nothing', () => {
    const merged = mergeStars([star(A, T), unstar(B, T)], [star(B, T - 1)]);
    expect(mergeStars(merged, merged)).toEqual(merged);
    expect(mergeStars(merged, [])).toEqual(merged);
  });
});

describe('effectiveStarAt', () => {
  it('takes a device clock far ahead as now', () => {
    expect(effectiveStarAt(T + 60_000, T)).toBe(T + 60_000);
    expect(effectiveStarAt(T + 3_600_000, T)).toBe(T);
  });
});

function session(guid: string, startsAt: string, durationMinutes: number, number = 1): SnapshotSession {
  return {
    guid,
    number,
    title: guid,
    abstract: '',
    language: 'nb',
    typeId: null,
    trackId: null,
    tags: [],
    signLanguage: false,
    captioned: false,
    streamed: false,
    recorded: false,
    materials: '',
    roomGuid: A,
    startsAt,
    durationMinutes,
    speakers: [],
    capacity: null,
  };
}

describe('starClashes', () => {
  const sessions = [
    session(A, '2031-10-20T07:00:00.000Z', 60, 1),
    session(B, '2031-10-20T07:30:00.000Z', 60, 2),
    session(C, '2031-10-20T08:00:00.000Z', 30, 3),
  ];

  it('finds starred sessions that overlap', () => {
    const clashes = starClashes({ sessions }, [A, B]);
    expect(clashes.map((c) => [c.first.guid, c.second.guid])).toEqual([[A, B]]);
  });

  it('does not count one ending as the next starts', () => {
    expect(starClashes({ sessions }, [A, C])).toEqual([]);
  });

  it('lists every overlapping pair, and ignores unstarred and unknown sessions', () => {
    const clashes = starClashes({ sessions }, [C, B, A, '44444444-4444-4444-8444-444444444444']);
    expect(clashes.map((c) => [c.first.guid, c.second.guid])).toEqual([
      [A, B],
      [B, C],
    ]);
    expect(starClashes({ sessions }, [B])).toEqual([]);
  });
});

describe('star inputs', () => {
  it('takes a slug and a UUID', () => {
    expect(starInput.safeParse({ slug: 'konferanse-2031', guid: A }).success).toBe(true);
    expect(starInput.safeParse({ slug: 'konferanse-2031', guid: 'abc' }).success).toBe(false);
    expect(starInput.safeParse({ slug: 'Ikke en slug', guid: A }).success).toBe(false);
  });

  it('bounds a sync to 500 entries with distinct sessions and sane times', () => {
    const entry = (i: number) => ({
      guid: `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`,
      starred: true,
      at: T,
    });
    const many = Array.from({ length: STARS_MAX }, (_, i) => entry(i));
    expect(syncStarsInput.safeParse({ slug: 'k', entries: many }).success).toBe(true);
    expect(syncStarsInput.safeParse({ slug: 'k', entries: [...many, entry(STARS_MAX)] }).success).toBe(false);
    expect(syncStarsInput.safeParse({ slug: 'k', entries: [entry(1), entry(1)] }).success).toBe(false);
    expect(syncStarsInput.safeParse({ slug: 'k', entries: [{ ...entry(1), at: 0 }] }).success).toBe(false);
    expect(syncStarsInput.safeParse({ slug: 'k', entries: [{ ...entry(1), at: 1.5 + T }] }).success).toBe(false);
  });
});
