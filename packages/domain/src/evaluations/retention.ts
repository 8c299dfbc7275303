import { osloLocalToUtc, utcToOslo } from '../time/oslo-input.ts';

/**
 * Dates of an evaluation after publication (docs/adr/0025), on Oslo's calendar whatever the
 * machine's zone: raw data is deleted when its retention period ends (months after the day
 * the report was published), the lead is reminded 14 days before, and the service contacts are
 * asked for a status 6 and 12 months after publication. Each falls at midnight in Oslo, which
 * is never in a daylight-saving gap or overlap in Norway (those are at 02:00 and 03:00).
 */

/** 'YYYY-MM-DD' plus whole months; the 31st of a shorter month becomes its last day. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' plus (or minus) whole days. */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const osloMidnight = (date: string) => osloLocalToUtc(date, '00:00');

/** When raw data is deleted: the start (in Oslo) of the day `months` after the publication day. */
export function retentionEndsAt(publishedAt: Date, months: number): Date {
  return osloMidnight(addMonthsToDate(utcToOslo(publishedAt).date, months));
}

export const RETENTION_REMINDER_DAYS = 14;

/** When the lead is reminded that raw data will be deleted: 14 days before it is. */
export function retentionReminderAt(publishedAt: Date, months: number): Date {
  const ends = utcToOslo(retentionEndsAt(publishedAt, months)).date;
  return osloMidnight(addDaysToDate(ends, -RETENTION_REMINDER_DAYS));
}

/** The follow-up rounds: months after publication when the service contacts are asked for a status. */
export const FOLLOW_UP_MONTHS = [6, 12] as const;

export function followUpDueAt(publishedAt: Date, months: number): Date {
  return osloMidnight(addMonthsToDate(utcToOslo(publishedAt).date, months));
}
