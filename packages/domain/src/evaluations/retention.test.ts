import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_MONTHS,
  RETENTION_REMINDER_DAYS,
  addDaysToDate,
  addMonthsToDate,
  followUpDueAt,
  retentionEndsAt,
  retentionReminderAt,
} from './retention.ts';

/**
 * Run under both zones (the results must not depend on the machine's):
 *   TZ=UTC npx vitest run src/evaluations/retention.test.ts
 *   TZ=Europe/Oslo npx vitest run src/evaluations/retention.test.ts
 * Every expectation is a UTC instant, so a zone leaking into the code shows as a failure.
 */
const at = (iso: string) => new Date(iso);

describe('addMonthsToDate', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28'], // the 31st of a shorter month becomes its last day
    ['2023-08-31', 6, '2024-02-29'], // … in a leap year the 29th
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-15', 3, '2026-02-15'], // the year wraps
    ['2025-12-01', 1, '2026-01-01'],
    ['2025-07-01', 12, '2026-07-01'],
    ['2025-06-15', 0, '2025-06-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2026-01-15', -2, '2025-11-15'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsToDate(date, months)).toBe(expected);
  });
});

describe('addDaysToDate', () => {
  it('crosses months, years and leap days', () => {
    expect(addDaysToDate('2026-01-10', -14)).toBe('2025-12-27');
    expect(addDaysToDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToDate('2026-03-29', -14)).toBe('2026-03-15');
  });
});

describe('retention and follow-up dates, on Oslo’s calendar', () => {
  it('published in summer time, deleted at midnight in winter time', () => {
    // 2025-06-15 12:00 in Oslo (UTC+2) → 2025-12-15 00:00 in Oslo (UTC+1).
    const published = at('2025-06-15T10:00:00Z');
    expect(retentionEndsAt(published, 6).toISOString()).toBe('2025-12-14T23:00:00.000Z');
    expect(retentionReminderAt(published, 6).toISOString()).toBe('2025-11-30T23:00:00.000Z');
    expect(followUpDueAt(published, 6).toISOString()).toBe('2025-12-14T23:00:00.000Z');
    expect(followUpDueAt(published, 12).toISOString()).toBe('2026-06-14T22:00:00.000Z');
  });

  it('published in winter time, deleted at midnight in summer time', () => {
    // 2025-12-10 13:00 in Oslo (UTC+1) → 2026-06-10 00:00 in Oslo (UTC+2).
    const published = at('2025-12-10T12:00:00Z');
    expect(retentionEndsAt(published, 6).toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(followUpDueAt(published, 6).toISOString()).toBe('2026-06-09T22:00:00.000Z');
    expect(followUpDueAt(published, 12).toISOString()).toBe('2026-12-09T23:00:00.000Z');
  });

  it('the reminder 14 days before, across the change to summer time', () => {
    // Deleted 2026-04-05 (summer time, after 29 March); reminded 2026-03-22 (still winter time).
    const published = at('2025-10-05T10:00:00Z');
    expect(retentionEndsAt(published, 6).toISOString()).toBe('2026-04-04T22:00:00.000Z');
    expect(retentionReminderAt(published, 6).toISOString()).toBe('2026-03-21T23:00:00.000Z');
    expect(RETENTION_REMINDER_DAYS).toBe(14);
  });

  it('the reminder 14 days before, across the change to winter time', () => {
    // Deleted 2026-11-01 (winter time, after 25 October); reminded 2026-10-18 (summer time).
    const published = at('2026-05-01T08:00:00Z');
    expect(retentionEndsAt(published, 6).toISOString()).toBe('2026-10-31T23:00:00.000Z');
    expect(retentionReminderAt(published, 6).toISOString()).toBe('2026-10-17T22:00:00.000Z');
  });

  it('counts from the publication day in Oslo, not in UTC', () => {
    // 2025-06-30 22:30 UTC is already 1 July in Oslo; 31 August late in the evening is still 31 August.
    expect(retentionEndsAt(at('2025-06-30T22:30:00Z'), 6).toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(retentionEndsAt(at('2025-08-31T21:30:00Z'), 6).toISOString()).toBe('2026-02-27T23:00:00.000Z');
    // Just after midnight in Oslo on a day in March when the clocks change (02:00 → 03:00).
    expect(followUpDueAt(at('2025-09-28T22:10:00Z'), 6).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('asks for a status after 6 and 12 months', () => {
    expect(FOLLOW_UP_MONTHS).toEqual([6, 12]);
  });
});
