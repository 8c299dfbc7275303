import { describe, expect, it } from 'vitest';
import { osloInstantsFor, osloLocalTime, osloOffsetMinutes, osloTimeOccursTwice } from './oslo.ts';

// Run under TZ=UTC and TZ=Europe/Oslo: the answers must not depend on the machine's zone.

const at = (iso: string) => new Date(iso);
const local = (year: number, month: number, day: number, hour: number, minute = 0, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe('Oslo time', () => {
  it('gives the wall-clock time in winter and summer, midnight as 00', () => {
    expect(osloLocalTime(at('2027-01-15T11:05:09.999Z'))).toEqual(local(2027, 1, 15, 12, 5, 9));
    expect(osloLocalTime(at('2027-07-01T22:00:00Z'))).toEqual(local(2027, 7, 2, 0));
    expect(osloLocalTime(at('2026-12-31T23:30:00Z'))).toEqual(local(2027, 1, 1, 0, 30));
    expect(osloOffsetMinutes(at('2027-01-15T11:05:09Z'))).toBe(60);
    expect(osloOffsetMinutes(at('2027-07-01T22:00:00Z'))).toBe(120);
    expect(() => osloLocalTime(new Date('nonsense'))).toThrow(RangeError);
  });

  it('knows the autumn hour that happens twice, and only that', () => {
    // 2026-10-25: 03:00 CEST (01:00Z) becomes 02:00 CET.
    expect(osloTimeOccursTwice(at('2026-10-24T23:59:00Z'))).toBe(false); // 01:59 CEST
    expect(osloTimeOccursTwice(at('2026-10-25T00:00:00Z'))).toBe(true); // first 02:00
    expect(osloTimeOccursTwice(at('2026-10-25T00:30:00Z'))).toBe(true); // first 02:30
    expect(osloTimeOccursTwice(at('2026-10-25T01:30:00Z'))).toBe(true); // second 02:30
    expect(osloTimeOccursTwice(at('2026-10-25T01:59:59Z'))).toBe(true);
    expect(osloTimeOccursTwice(at('2026-10-25T02:00:00Z'))).toBe(false); // 03:00 CET
    expect(osloTimeOccursTwice(at('2027-03-28T00:30:00Z'))).toBe(false); // 01:30 CET, before the gap
    expect(osloTimeOccursTwice(at('2027-03-28T01:00:00Z'))).toBe(false); // 03:00 CEST, after it
  });

  it('finds the instants of a wall-clock time: none in the spring gap, two in the autumn overlap', () => {
    expect(osloInstantsFor(local(2027, 3, 28, 2, 30))).toEqual([]);
    expect(osloInstantsFor(local(2027, 3, 28, 1, 59))).toEqual([at('2027-03-28T00:59:00Z')]);
    expect(osloInstantsFor(local(2027, 3, 28, 3, 0))).toEqual([at('2027-03-28T01:00:00Z')]);
    expect(osloInstantsFor(local(2026, 10, 25, 2, 30))).toEqual([
      at('2026-10-25T00:30:00Z'),
      at('2026-10-25T01:30:00Z'),
    ]);
    expect(osloInstantsFor(local(2026, 10, 25, 3, 0))).toEqual([at('2026-10-25T02:00:00Z')]);
    expect(osloInstantsFor(local(2027, 9, 21, 9, 0))).toEqual([at('2027-09-21T07:00:00Z')]);
  });
});
