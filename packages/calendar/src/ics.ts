import { OSLO_TIME_ZONE, osloTimeOccursTwice } from '@knutepunkt/domain';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalEvent } from 'ical-generator';
import { DateTime } from 'luxon';

/**
 * iCalendar (RFC 5545) files and feeds, written by ical-generator with tzurl.org's VTIMEZONE for
 * Europe/Oslo (@touch4it/ical-timezones), and tested against a real parser (ical.js) and the RFC's
 * rules (docs/adr/0019-calendar-files.md). Pure apart from reading the VTIMEZONE file once: no
 * database, no clock except the default DTSTAMP. One function for one event (an .ics attached to
 * an e-mail) and for a feed (a network's meetings, a person's own, a conference programme).
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
  /** UTC instants; written as Europe/Oslo local time with TZID (in UTC in the autumn hour that happens twice). */
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
  /** The feed's name in calendar apps (NAME and X-WR-CALNAME). */
  name?: string | null;
  /** A formal public identifier; defaults to `-//Knutepunkt//Knutepunkt//NB`. */
  prodId?: string;
  /** DTSTAMP of every event that gives none; defaults to now (one instant for the whole file). */
  dtstamp?: Date;
  events: readonly IcsEvent[];
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
export const DEFAULT_PROD_ID = '-//Knutepunkt//Knutepunkt//NB';

const STATUS: Record<IcsStatus, ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

// Controls other than tab and line breaks are not allowed in TEXT (RFC 5545 3.3.11); ical-generator
// escapes line breaks but passes other controls on, so they are dropped before it sees the text.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const plain = (value: string) => value.replace(FORBIDDEN_CONTROLS, '');

/**
 * A TEXT value: backslash, semicolon, comma and line breaks escaped; other controls dropped. For the
 * values ical-generator writes as they are (UID, PRODID, NAME/X-WR-CALNAME); it escapes the others.
 */
export function escapeText(value: string): string {
  return plain(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

let osloVtimezone: string | null | undefined;

/**
 * ical-generator's VTIMEZONE generator: tzurl.org's Europe/Oslo (DAYLIGHT from the last Sunday of
 * March 02:00, STANDARD from the last Sunday of October 03:00), read once. Only Oslo is ever asked for.
 */
function vtimezone(tzid: string): string | null {
  if (tzid !== OSLO_TIME_ZONE) return null;
  osloVtimezone ??= getVtimezoneComponent(OSLO_TIME_ZONE);
  if (!osloVtimezone) throw new Error(`ics: no VTIMEZONE for ${OSLO_TIME_ZONE}`);
  return osloVtimezone;
}

function assertDate(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`ics: ${what} is not a valid date`);
}

/**
 * An absolute http(s) address. ical-generator writes URL through its TEXT escaping, which would put
 * a backslash before `;` and `,` (not escapes in a URI): those two are percent-encoded instead.
 */
function uri(url: string): string {
  if (!/^https?:\/\/[^\s"<>\\^`{|}]+$/u.test(url)) throw new RangeError('ics: url must be an absolute http(s) address');
  return url.replace(/;/g, '%3B').replace(/,/g, '%2C');
}

function addEvent(calendar: ReturnType<typeof ical>, event: IcsEvent, defaultStamp: Date): ICalEvent {
  if (!event.uid.trim() || /[\r\n]/.test(event.uid)) throw new RangeError('ics: uid must be one non-empty line');
  if (!Number.isInteger(event.sequence) || event.sequence < 0)
    throw new RangeError('ics: sequence must be a whole number ≥ 0');
  assertDate(event.start, 'start');
  assertDate(event.end, 'end');
  if (event.end.getTime() <= event.start.getTime()) throw new RangeError('ics: end must be after start');
  const stamp = event.dtstamp ?? defaultStamp;
  assertDate(stamp, 'dtstamp');

  // A time in the autumn hour that happens twice is ambiguous as Oslo time (RFC 5545 says the first,
  // ical.js and some apps take the second), so such an event is written in UTC, both ends alike:
  // without a time zone, ical-generator writes `DTSTART:20261025T003000Z`. Otherwise the instant
  // goes in as a Luxon DateTime, which ical-generator puts into the event's zone itself (a plain
  // Date would be read in the process's own zone) and writes `DTSTART;TZID=Europe/Oslo:…`.
  const inUtc = osloTimeOccursTwice(event.start) || osloTimeOccursTwice(event.end);
  const time = (instant: Date) => (inUtc ? instant : DateTime.fromJSDate(instant, { zone: OSLO_TIME_ZONE }));

  const created = calendar.createEvent({
    id: escapeText(event.uid),
    sequence: event.sequence,
    stamp,
    start: time(event.start),
    end: time(event.end),
    timezone: inUtc ? null : OSLO_TIME_ZONE,
    summary: plain(event.summary),
    status: STATUS[event.status ?? 'CONFIRMED'],
    // A cancelled event stays in the calendar's free/busy as free.
    transparency: event.status === 'CANCELLED' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
  });
  if (event.description) created.description(plain(event.description));
  if (event.location) created.location(plain(event.location));
  if (event.url) created.url(uri(event.url));
  const categories = (event.categories ?? []).filter((c) => c.trim() !== '');
  if (categories.length > 0) created.categories(categories.map((name) => ({ name: plain(name) })));
  if (event.organizer) {
    const email = event.organizer.email.trim();
    if (!/^[^\s@:;,"<>]+@[^\s@:;,"<>]+$/u.test(email)) throw new RangeError('ics: organizer e-mail is not an address');
    // ical-generator needs a name (CN) and writes it quoted, with RFC 6868 escapes (^' for ").
    created.organizer({ name: plain(event.organizer.name).trim() || email, email });
  }
  if (event.created) {
    assertDate(event.created, 'created');
    created.created(event.created);
  }
  if (event.lastModified) {
    assertDate(event.lastModified, 'lastModified');
    created.lastModified(event.lastModified);
  }
  return created;
}

/**
 * The calendar as RFC 5545 text (by ical-generator): CRLF line ends, lines folded at 75 octets, one
 * VTIMEZONE for Europe/Oslo, METHOD:PUBLISH. Throws a RangeError on input no caller should give
 * (an empty UID, end before start, a non-http URL): those are programming errors, not a user's.
 */
export function toIcs(calendar: IcsCalendar): string {
  const stamp = calendar.dtstamp ?? new Date();
  assertDate(stamp, 'dtstamp');
  const cal = ical({
    // ical-generator puts the FPI's leading `-` in front itself.
    prodId: escapeText(calendar.prodId ?? DEFAULT_PROD_ID).replace(/^-/, ''),
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: calendar.name ? escapeText(calendar.name) : null,
  });
  if (calendar.events.length === 0) {
    // RFC 5545 (3.4) wants at least one component in a calendar: an empty feed gets the VTIMEZONE
    // through the calendar's own zone. With no events, no time is written in it (see below).
    cal.timezone({ name: OSLO_TIME_ZONE, generator: vtimezone });
  } else {
    // No calendar-wide zone: ical-generator would write DTSTAMP, CREATED, LAST-MODIFIED and the UTC
    // events as floating local times in it. The VTIMEZONE comes with the events that name Oslo.
    cal.timezone({ name: null, generator: vtimezone });
    cal.x('X-WR-TIMEZONE', OSLO_TIME_ZONE);
    for (const event of calendar.events) addEvent(cal, event, stamp);
  }
  return cal.toString() + '\r\n';
}

/** The same feed for calendar apps' "subscribe": `https://…` → `webcal://…` (see ADR 19). */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//i, 'webcal://');
}
