import { describe, expect, test } from 'vitest';
import { UserError } from '../errors.ts';
import { isAmbiguousOsloTime, osloLocalToUtc, utcToOslo } from './oslo-input.ts';
import { osloOffsetMinutes } from './oslo.ts';

/** Run under TZ=UTC and TZ=Europe/Oslo: nothing here may depend on the machine's zone. */
describe('Oslo wall-clock time ↔ UTC', () => {
  test('winter and summer times', () => {
    expect(osloLocalToUtc('2027-01-15', '10:00').toISOString()).toBe('2027-01-15T09:00:00.000Z');
    expect(osloLocalToUtc('2027-06-15', '10:00').toISOString()).toBe('2027-06-15T08:00:00.000Z');
    expect(utcToOslo(new Date('2027-06-15T08:00:00Z'))).toEqual({ date: '2027-06-15', time: '10:00' });
    expect(utcToOslo(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(osloOffsetMinutes(new Date('2027-01-15T09:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(new Date('2027-06-15T09:00:00Z'))).toBe(120);
  });

  test('the hours either side of the spring change are fine', () => {
    expect(osloLocalToUtc('2027-03-28', '01:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(osloLocalToUtc('2027-03-28', '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  test('a time in the spring-forward gap is refused with a translated error', () => {
    for (const time of ['02:00', '02:30', '02:59']) {
      const error = catchError(() => osloLocalToUtc('2027-03-28', time, undefined, { field: 'startsAt' }));
      expect(error).toMatchObject({ kind: 'badRequest', key: 'meetings.time.gap', params: { time } });
      expect(error.fieldErrors).toEqual({ startsAt: 'meetings.time.gap' });
      // A choice does not make a time that does not exist.
      expect(() => osloLocalToUtc('2027-03-28', time, 'later')).toThrow(UserError);
    }
  });

  test('a time in the autumn overlap is asked about, and a choice resolves it', () => {
    const error = catchError(() => osloLocalToUtc('2026-10-25', '02:30'));
    expect(error).toMatchObject({ kind: 'badRequest', key: 'meetings.time.ambiguous' });
    expect(isAmbiguousOsloTime('2026-10-25', '02:30')).toBe(true);
    expect(isAmbiguousOsloTime('2026-10-25', '03:00')).toBe(false);
    // The first 02:30 is summer time (UTC+2), the second winter time (UTC+1).
    expect(osloLocalToUtc('2026-10-25', '02:30', 'earlier').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(osloLocalToUtc('2026-10-25', '02:30', 'later').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(osloLocalToUtc('2026-10-25', '01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(osloLocalToUtc('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    // A choice on an ordinary time changes nothing.
    expect(osloLocalToUtc('2026-10-26', '02:30', 'later').toISOString()).toBe('2026-10-26T01:30:00.000Z');
  });

  test('both instants of the overlap read back as the same wall-clock time', () => {
    expect(utcToOslo(new Date('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToOslo(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
  });

  test('dates and times that are not real are refused', () => {
    for (const [date, time] of [
      ['2026-02-30', '10:00'],
      ['2026-13-01', '10:00'],
      ['26-01-01', '10:00'],
      ['2026-01-01', '24:00'],
      ['2026-01-01', '9:00'],
      ['2026-01-01', '10:60'],
    ] as const) {
      expect(catchError(() => osloLocalToUtc(date, time))).toMatchObject({ key: 'validation.invalid' });
    }
  });
});

function catchError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}
