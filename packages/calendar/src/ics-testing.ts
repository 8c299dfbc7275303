import ICAL from 'ical.js';
import { expect } from 'vitest';
import { toIcs, type IcsCalendar, type IcsEvent } from './ics.ts';

/** What the calendar tests share: sample events, and reading the output back as ical.js and RFC 5545 do. */
export const STAMP = new Date('2026-11-29T10:15:00Z');
export const utc = (iso: string) => new Date(iso);
export const encoder = new TextEncoder();

export function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'meeting-1@knutepunkt.test',
    sequence: 0,
    start: utc('2027-03-10T08:00:00Z'),
    end: utc('2027-03-10T15:00:00Z'),
    summary: 'Fagsamling',
    ...overrides,
  };
}

export function calendar(events: IcsEvent[], overrides: Partial<IcsCalendar> = {}): string {
  return toIcs({ dtstamp: STAMP, name: 'Recovery-nettverk Midt-Norge', events, ...overrides });
}

/** Parse with ical.js; TZIDs resolve through the VTIMEZONE in the file itself. */
export function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezones = root.getAllSubcomponents('vtimezone');
  expect(vtimezones).toHaveLength(1);
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { root, vtimezones, events };
}

/** Also through ical.js's registry, the way a client that keeps zones across files does (reset it after each test). */
export function registerZonesOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
}

export function instant(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

export function contentLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

export function expectRfc5545Shape(text: string) {
  // CRLF everywhere: no bare LF or CR, and the file ends with CRLF.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.split('\r\n').slice(0, -1);
  for (const line of physical) {
    expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(line.length).toBeGreaterThan(0);
  }
  // BEGIN/END balanced and properly nested.
  const stack: string[] = [];
  for (const line of contentLines(text)) {
    if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
    else if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
  }
  expect(stack).toEqual([]);
  const lines = contentLines(text);
  for (const required of [
    'PRODID:',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-TIMEZONE:Europe/Oslo',
  ])
    expect(
      lines.some((l) => l.startsWith(required)),
      required,
    ).toBe(true);
  // Every VEVENT has UID, DTSTAMP, DTSTART, DTEND, SEQUENCE, STATUS, SUMMARY, each once.
  let inEvent: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') inEvent = [];
    else if (line === 'END:VEVENT' && inEvent) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SEQUENCE', 'STATUS', 'SUMMARY'])
        expect(
          inEvent.filter((l) => l === name),
          name,
        ).toHaveLength(1);
      inEvent = null;
    } else if (inEvent) inEvent.push(/^[A-Z-]+/.exec(line)?.[0] ?? '');
  }
}
