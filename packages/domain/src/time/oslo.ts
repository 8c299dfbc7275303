import { UserError } from '../errors.ts';

/**
 * Wall-clock time in Norway. Meetings are entered and shown in Europe/Oslo and
 * stored in UTC; the conversion uses the runtime's own time-zone data (Intl),
 * so the result does not depend on the machine's TZ. Twice a year the wall
 * clock is not a plain function of UTC: on the last Sunday of March 02:00–03:00
 * does not exist (the spring-forward gap), and on the last Sunday of October
 * 02:00–03:00 happens twice (the autumn overlap: first in summer time, UTC+2,
 * then in winter time, UTC+1).
 */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** Which of the two times an hour that happens twice means: the first (summer time) or the second (winter time). */
export type Disambiguation = 'earlier' | 'later';

export interface WallTime {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM', 24-hour */
  time: string;
}

let partsFormat: Intl.DateTimeFormat | undefined;

/** The date and time on a clock in Oslo at `instant`. */
export function utcToOslo(instant: Date): WallTime {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Oslo is ahead of UTC at `instant` (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: Date): number {
  const wall = utcToOslo(instant);
  const asUtc = Date.parse(`${wall.date}T${wall.time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
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
  const naive = Date.parse(`${date}T${time}:00Z`);
  // Every offset Oslo has around that day; a day either side covers any change.
  const offsets = new Set([-1, 0, 1].map((days) => osloOffsetMinutes(new Date(naive + days * 86_400_000))));
  const matches = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => {
      const wall = utcToOslo(new Date(instant));
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a - b);
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
  const chosen = disambiguation === 'later' ? matches[matches.length - 1] : matches[0];
  return new Date(chosen!);
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
