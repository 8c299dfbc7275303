/**
 * Norwegian time. Times are stored as UTC instants and shown, entered and written to calendars
 * in Europe/Oslo whatever the machine's zone (DESIGN.md: Time). This is the one place that turns
 * an instant into Oslo's wall-clock time; the zone's rules come from the runtime's tz database
 * (Intl), never from the process's TZ.
 */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

/** A wall-clock time without a zone: month 1–12, hour 0–23. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// hourCycle h23: midnight is 00, never 24 (some engines say 24 with hour12: false).
const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function assertValid(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('An invalid date has no Norwegian time');
}

/** The wall-clock time in Oslo at `instant` (to the second; milliseconds are dropped). */
export function osloLocalTime(instant: Date): LocalDateTime {
  assertValid(instant);
  const local: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of osloParts.formatToParts(instant)) {
    if (part.type in local) local[part.type as keyof LocalDateTime] = Number(part.value);
  }
  return local;
}

/** Oslo's offset from UTC at `instant` in minutes: 60 in winter (CET), 120 in summer (CEST). */
export function osloOffsetMinutes(instant: Date): number {
  const local = osloLocalTime(instant);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - seconds) / 60_000);
}

const sameWallTime = (a: LocalDateTime, b: LocalDateTime) =>
  a.year === b.year &&
  a.month === b.month &&
  a.day === b.day &&
  a.hour === b.hour &&
  a.minute === b.minute &&
  a.second === b.second;

/**
 * Whether the wall-clock time in Oslo at `instant` happens twice: the autumn hour 02:00–03:00 on
 * the last Sunday of October, before or after the clocks go back. Such a time written without its
 * offset is ambiguous: RFC 5545 (3.3.5) says it names the first occurrence, but parsers and
 * calendar apps differ (ical.js takes the second), so calendar files write these instants in UTC.
 */
export function osloTimeOccursTwice(instant: Date): boolean {
  const wall = osloLocalTime(instant);
  const t = instant.getTime();
  return (
    sameWallTime(wall, osloLocalTime(new Date(t - 3_600_000))) ||
    sameWallTime(wall, osloLocalTime(new Date(t + 3_600_000)))
  );
}

/**
 * The instants at which Oslo's clocks show `local`: none in the spring-forward gap (02:00–03:00 on
 * the last Sunday of March), two in the autumn overlap (earlier first), one otherwise. For forms
 * that take a time in Norwegian time: refuse the first case, ask about the second.
 */
export function osloInstantsFor(local: LocalDateTime): Date[] {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const found: Date[] = [];
  // Oslo is UTC+1 or UTC+2: try both offsets, keep those that give back the same wall time.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (sameWallTime(osloLocalTime(candidate), local)) found.push(candidate);
  }
  return found;
}
