import { UserError } from '../errors.ts';
import { osloInstantsFor, osloLocalTime } from './oslo.ts';

/**
 * Norwegian time as forms write it: a date 'YYYY-MM-DD' and a time 'HH:MM' on a
 * clock in Oslo, turned into a UTC instant (and back) through ./oslo.ts.
 * Twice a year the wall clock is not a plain function of UTC: on the last
 * Sunday of March 02:00–03:00 does not exist (the spring-forward gap), and on
 * the last Sunday of October 02:00–03:00 happens twice (the autumn overlap:
 * first in summer time, UTC+2, then in winter time, UTC+1). docs/adr/0018.
 */

/** Which of the two times an hour that happens twice means: the first (summer time) or the second (winter time). */
export type Disambiguation = 'earlier' | 'later';

export interface WallTime {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM', 24-hour */
  time: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date and time on a clock in Oslo at `instant`, as a form shows them. */
export function utcToOslo(instant: Date): WallTime {
  const t = osloLocalTime(instant);
  return { date: `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`, time: `${pad(t.hour)}:${pad(t.minute)}` };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `date` is a real calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date;
}

/** Whether `time` is a time of day written 'HH:MM'. */
export function isClockTime(time: string): boolean {
  return TIME.test(time);
}

export interface OsloTimeOptions {
  /** The form field the refusal is shown beside. */
  field?: string;
}

/**
 * The UTC instant of a date and time on a clock in Oslo. A time in the
 * spring-forward gap is refused (`meetings.time.gap`); one in the autumn
 * overlap needs `disambiguation` and is refused without it
 * (`meetings.time.ambiguous`: the form asks "first (summer time)" or
 * "second (winter time)").
 */
export function osloLocalToUtc(
  date: string,
  time: string,
  disambiguation?: Disambiguation,
  options: OsloTimeOptions = {},
): Date {
  const fieldErrors = (key: 'validation.invalid' | 'meetings.time.gap' | 'meetings.time.ambiguous') =>
    options.field ? { [options.field]: key } : undefined;
  if (!isCalendarDate(date) || !isClockTime(time)) {
    throw new UserError('badRequest', 'validation.invalid', { fieldErrors: fieldErrors('validation.invalid') });
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const matches = osloInstantsFor({ year, month, day, hour, minute, second: 0 });
  const params = { date, time };
  if (matches.length === 0) {
    throw new UserError('badRequest', 'meetings.time.gap', { params, fieldErrors: fieldErrors('meetings.time.gap') });
  }
  if (matches.length > 1 && !disambiguation) {
    throw new UserError('badRequest', 'meetings.time.ambiguous', {
      params,
      fieldErrors: fieldErrors('meetings.time.ambiguous'),
    });
  }
  return disambiguation === 'later' ? matches[matches.length - 1]! : matches[0]!;
}

/** Whether a date and time on a clock in Oslo happens twice (the autumn overlap). */
export function isAmbiguousOsloTime(date: string, time: string): boolean {
  try {
    osloLocalToUtc(date, time);
    return false;
  } catch (e) {
    return e instanceof UserError && e.key === 'meetings.time.ambiguous';
  }
}
