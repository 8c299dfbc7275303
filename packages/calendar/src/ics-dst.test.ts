import { describe, expect, it } from 'vitest';
import type { IcsEvent } from './ics.ts';
import { utc, event, calendar, parse, instant, contentLines, expectRfc5545Shape } from './ics-testing.ts';

// Run under TZ=UTC and TZ=Europe/Oslo (ADR 19): nothing here may depend on the machine's zone.

describe('toIcs: Europe/Oslo across the daylight-saving changes', () => {
  // 2026-10-25: at 03:00 CEST the clocks go back to 02:00 CET; 02:00–03:00 happens twice.
  // 2027-03-28: at 02:00 CET the clocks jump to 03:00 CEST; 02:00–03:00 does not exist.
  const cases: { name: string; start: string; end: string; startLine: string; endLine: string }[] = [
    {
      name: 'autumn: at the first 02:30 (CEST)',
      start: '2026-10-25T00:30:00Z',
      end: '2026-10-25T00:45:00Z',
      // Oslo time here is ambiguous (RFC 5545 says the first, ical.js reads the second): UTC.
      startLine: 'DTSTART:20261025T003000Z',
      endLine: 'DTEND:20261025T004500Z',
    },
    {
      name: 'autumn: at the second 02:30 (CET)',
      start: '2026-10-25T01:30:00Z',
      end: '2026-10-25T01:45:00Z',
      startLine: 'DTSTART:20261025T013000Z',
      endLine: 'DTEND:20261025T014500Z',
    },
    {
      name: 'autumn: an evening meeting across the change (3 hours of clock, 4 of time)',
      start: '2026-10-24T22:00:00Z',
      end: '2026-10-25T03:00:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20261025T000000',
      endLine: 'DTEND;TZID=Europe/Oslo:20261025T040000',
    },
    {
      name: 'autumn: the day after, in CET',
      start: '2026-10-26T08:00:00Z',
      end: '2026-10-26T14:00:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20261026T090000',
      endLine: 'DTEND;TZID=Europe/Oslo:20261026T150000',
    },
    {
      name: 'spring: just before the gap (01:30 CET)',
      start: '2027-03-28T00:30:00Z',
      end: '2027-03-28T00:59:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20270328T013000',
      endLine: 'DTEND;TZID=Europe/Oslo:20270328T015900',
    },
    {
      name: 'spring: just after the gap (03:00 CEST)',
      start: '2027-03-28T01:00:00Z',
      end: '2027-03-28T01:30:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20270328T030000',
      endLine: 'DTEND;TZID=Europe/Oslo:20270328T033000',
    },
    {
      name: 'spring: across the gap (01:30 CET to 03:30 CEST is one hour)',
      start: '2027-03-28T00:30:00Z',
      end: '2027-03-28T01:30:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20270328T013000',
      endLine: 'DTEND;TZID=Europe/Oslo:20270328T033000',
    },
    {
      name: 'summer, the conference (CEST)',
      start: '2027-09-21T07:00:00Z',
      end: '2027-09-21T07:45:00Z',
      startLine: 'DTSTART;TZID=Europe/Oslo:20270921T090000',
      endLine: 'DTEND;TZID=Europe/Oslo:20270921T094500',
    },
  ];

  const text = calendar(
    cases.map((c, i) =>
      event({ uid: `session-${i}@knutepunkt.test`, start: utc(c.start), end: utc(c.end), summary: c.name }),
    ),
    { name: 'Ingenting om oss uten oss – program' },
  );
  const parsed = parse(text).events;

  it('is a valid feed of many events', () => {
    expectRfc5545Shape(text);
    expect(parsed).toHaveLength(cases.length);
  });

  for (const [i, c] of cases.entries()) {
    it(c.name, () => {
      const lines = contentLines(text);
      const begin = lines.findIndex((l) => l === `UID:session-${i}@knutepunkt.test`);
      const own = lines.slice(begin, lines.indexOf('END:VEVENT', begin));
      expect(own).toContain(c.startLine);
      expect(own).toContain(c.endLine);
      const e = parsed[i]!;
      expect(e.uid).toBe(`session-${i}@knutepunkt.test`);
      expect(instant(e.startDate)).toBe(new Date(c.start).toISOString());
      expect(instant(e.endDate)).toBe(new Date(c.end).toISOString());
    });
  }

  it('agrees with the tz database for every quarter hour around each change, 2025–2040', () => {
    const events: IcsEvent[] = [];
    for (let year = 2025; year <= 2040; year++) {
      for (const month of [3, 10]) {
        // The last Sunday of the month, 00:00 UTC.
        const last = new Date(Date.UTC(year, month, 0));
        const sunday = Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay());
        for (let minutes = -120; minutes <= 300; minutes += 15) {
          const start = new Date(sunday + minutes * 60_000);
          events.push(event({ uid: `${start.toISOString()}@t`, start, end: new Date(start.getTime() + 15 * 60_000) }));
        }
      }
    }
    const feed = calendar(events);
    const read = parse(feed).events;
    expect(read).toHaveLength(events.length);
    for (const [i, e] of read.entries()) {
      expect(instant(e.startDate), e.uid).toBe(events[i]!.start.toISOString());
      expect(instant(e.endDate), e.uid).toBe(events[i]!.end.toISOString());
    }
  });
});
