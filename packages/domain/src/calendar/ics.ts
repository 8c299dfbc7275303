import { OSLO_TIME_ZONE, osloLocalTime, osloTimeOccursTwice, type LocalDateTime } from '../time/oslo.ts';

/**
 * iCalendar (RFC 5545) files and feeds, written by hand and tested against a real parser
 * (ical.js) and the RFC's rules (docs/adr/0019-calendar-files.md). Pure: no database, no clock
 * except the default DTSTAMP. One function for one event (an .ics attached to an e-mail) and for
 * a feed (a network's meetings, a person's own, a conference programme).
 */

/** What an attendee's calendar shows: CANCELLED removes the event (with a raised SEQUENCE). */
export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsEvent {
  /** Stable for the event's whole life, e.g. `meeting-<id>@<host>`: never derived from anything that changes. */
  uid: string;
  /** 0 at first publication; raised on every change that matters to attendees (time, place, status). */
  sequence: number;
  /** When this iCalendar object was made (UTC); defaults to the calendar's `dtstamp`, then now. */
  dtstamp?: Date;
  /** UTC instants; written as Europe/Oslo local time with TZID. */
  start: Date;
  end: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** The event's page (absolute http(s) address). */
  url?: string | null;
  /** Defaults to CONFIRMED. */
  status?: IcsStatus;
  categories?: readonly string[];
  created?: Date | null;
  lastModified?: Date | null;
  /** RFC 5546 asks PUBLISH events for one; some clients show it as the contact. */
  organizer?: { name: string; email: string } | null;
}

export interface IcsCalendar {
  /** The feed's name in calendar apps (X-WR-CALNAME). */
  name?: string | null;
  /** Defaults to `-//Knutepunkt//Knutepunkt//NB`. */
  prodId?: string;
  /** DTSTAMP of every event that gives none; defaults to now (one instant for the whole file). */
  dtstamp?: Date;
  events: readonly IcsEvent[];
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
export const DEFAULT_PROD_ID = '-//Knutepunkt//Knutepunkt//NB';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * The EU rules Norway has followed since 1996: summer time from 02:00 on the last Sunday of
 * March to 03:00 on the last Sunday of October. `ics.test.ts` checks them
 * against the runtime's tz database year by year, so a change of the rules is noticed.
 */
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${OSLO_TIME_ZONE}`,
  `X-LIC-LOCATION:${OSLO_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Controls other than tab are not allowed in TEXT (RFC 5545 3.3.11); line breaks are escaped first.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_CONTROLS, '');
}

/** A parameter value (CN=…): quoted, without the characters a quoted value cannot hold. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001F\u007F]/g, '')}"`;
}

/**
 * One content line folded to lines of at most 75 octets (RFC 5545 3.1): a continuation starts
 * with a space. Never splits a UTF-8 character (æ, ø, å, emoji) nor a backslash escape.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  const atoms = line.match(/\\.|[\s\S]/gu) ?? [];
  for (const atom of atoms) {
    const size = encoder.encode(atom).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += atom;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatLocal(t: LocalDateTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** `20261025T013000Z`: an instant in UTC, to the second. */
export function formatUtc(instant: Date): string {
  assertDate(instant, 'date');
  return `${formatLocal({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
    hour: instant.getUTCHours(),
    minute: instant.getUTCMinutes(),
    second: instant.getUTCSeconds(),
  })}Z`;
}

function assertDate(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`ics: ${what} is not a valid date`);
}

/** `DTSTART;TZID=Europe/Oslo:20270310T090000`, or `DTSTART:20261025T003000Z` when Oslo time would be ambiguous. */
function dateTimeProperty(name: string, instant: Date, inUtc: boolean): string {
  return inUtc
    ? `${name}:${formatUtc(instant)}`
    : `${name};TZID=${OSLO_TIME_ZONE}:${formatLocal(osloLocalTime(instant))}`;
}

function assertUri(url: string): void {
  if (!/^https?:\/\/[^\s"<>\\^`{|}]+$/u.test(url)) throw new RangeError('ics: url must be an absolute http(s) address');
}

function eventLines(event: IcsEvent, defaultStamp: Date): string[] {
  if (!event.uid.trim() || /[\r\n]/.test(event.uid)) throw new RangeError('ics: uid must be one non-empty line');
  if (!Number.isInteger(event.sequence) || event.sequence < 0)
    throw new RangeError('ics: sequence must be a whole number ≥ 0');
  assertDate(event.start, 'start');
  assertDate(event.end, 'end');
  if (event.end.getTime() <= event.start.getTime()) throw new RangeError('ics: end must be after start');

  // A time in the autumn hour that happens twice is ambiguous as Oslo time (RFC 5545 says the first,
  // ical.js and some apps take the second), so such an event is written in UTC, both ends alike.
  const inUtc = osloTimeOccursTwice(event.start) || osloTimeOccursTwice(event.end);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.dtstamp ?? defaultStamp)}`,
    dateTimeProperty('DTSTART', event.start, inUtc),
    dateTimeProperty('DTEND', event.end, inUtc),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) {
    assertUri(event.url);
    lines.push(`URL:${event.url}`);
  }
  lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`);
  // A cancelled event stays in the calendar's free/busy as free.
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  const categories = (event.categories ?? []).filter((c) => c.trim() !== '');
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (event.organizer) {
    const email = event.organizer.email.trim();
    if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/u.test(email)) throw new RangeError('ics: organizer e-mail is not an address');
    lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${email}`);
  }
  if (event.created) lines.push(`CREATED:${formatUtc(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The calendar as RFC 5545 text: CRLF line ends, lines folded at 75 octets, one VTIMEZONE for
 * Europe/Oslo, METHOD:PUBLISH. Throws a RangeError on input no caller should give (an empty
 * UID, end before start, a non-http URL): those are programming errors, not a user's.
 */
export function toIcs(calendar: IcsCalendar): string {
  const stamp = calendar.dtstamp ?? new Date();
  assertDate(stamp, 'dtstamp');
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${escapeText(calendar.prodId ?? DEFAULT_PROD_ID)}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`);
  lines.push(`X-WR-TIMEZONE:${OSLO_TIME_ZONE}`, ...OSLO_VTIMEZONE);
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The same feed for calendar apps' "subscribe": `https://…` → `webcal://…` (see ADR 19). */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//i, 'webcal://');
}
