import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeText, toIcs, webcalUrl, type IcsCalendar, type IcsEvent } from './ics.ts';

// Run under TZ=UTC and TZ=Europe/Oslo (ADR 19): nothing here may depend on the machine's zone.

const STAMP = new Date('2026-11-29T10:15:00Z');
const utc = (iso: string) => new Date(iso);
const encoder = new TextEncoder();

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'meeting-1@knutepunkt.test',
    sequence: 0,
    start: utc('2027-03-10T08:00:00Z'),
    end: utc('2027-03-10T15:00:00Z'),
    summary: 'Fagsamling',
    ...overrides,
  };
}

function calendar(events: IcsEvent[], overrides: Partial<IcsCalendar> = {}): string {
  return toIcs({ dtstamp: STAMP, name: 'Recovery-nettverk Midt-Norge', events, ...overrides });
}

/** Parse with ical.js; TZIDs resolve through the VTIMEZONE in the file itself. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const vtimezones = root.getAllSubcomponents('vtimezone');
  expect(vtimezones).toHaveLength(1);
  const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { root, vtimezones, events };
}

/** Also through ical.js's registry, the way a client that keeps zones across files does. */
function registerZonesOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

function instant(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

function contentLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

function expectRfc5545Shape(text: string) {
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

describe('toIcs: one event read back by ical.js', () => {
  const description =
    'Program:\n09:00 Velkommen; kaffe, te og frukt\n10:00 «Siden sist» – oppfølgingspunkter\nBack\\slash og emoji 🎉🇳🇴 på slutten. ' +
    'Møtet er for kommuner, spesialisthelsetjenesten, bruker- og pårørendeorganisasjoner i Trøndelag og Møre og Romsdal; ' +
    'vi ser fram til å se dere! Æ, ø og å, også i nynorsk: Vêret er fint.';
  const meeting = event({
    uid: 'meeting-42@knutepunkt.example',
    sequence: 3,
    dtstamp: utc('2026-11-28T09:00:00Z'),
    summary: 'Fagsamling, vår 2027; «Ingenting om oss uten oss»',
    description,
    location: 'Scandic Nidelven, Havnegata 1–3, 7010 Trondheim\nTrinnfri inngang; teleslynge',
    url: 'https://knutepunkt.example/moter/42?fra=kalender&x=1',
    categories: ['Fagsamling', 'Recovery, Midt-Norge'],
    created: utc('2026-10-01T12:00:00Z'),
    lastModified: utc('2026-11-27T16:30:00Z'),
    organizer: { name: 'Kari "K" Nordmann, koordinator', email: 'koordinator@knutepunkt.example' },
  });
  const text = calendar([meeting]);

  it('keeps RFC 5545 rules: ≤ 75 octets, CRLF, balanced, required properties', () => {
    expectRfc5545Shape(text);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Knutepunkt//Knutepunkt//NB\r\n')).toBe(true);
    // The long description really was folded.
    expect(text).toMatch(/\r\n DESCRIPTION|\r\n [^\r]/);
  });

  it('round-trips UID, SEQUENCE, DTSTAMP, text with commas, semicolons, newlines and Norwegian letters', () => {
    const { events, root } = parse(text);
    expect(events).toHaveLength(1);
    const parsed = events[0]!;
    expect(parsed.uid).toBe('meeting-42@knutepunkt.example');
    expect(parsed.sequence).toBe(3);
    expect(instant(parsed.component.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe('2026-11-28T09:00:00.000Z');
    expect(parsed.summary).toBe('Fagsamling, vår 2027; «Ingenting om oss uten oss»');
    expect(parsed.description).toBe(description);
    expect(parsed.location).toBe('Scandic Nidelven, Havnegata 1–3, 7010 Trondheim\nTrinnfri inngang; teleslynge');
    expect(parsed.component.getFirstPropertyValue('url')).toBe('https://knutepunkt.example/moter/42?fra=kalender&x=1');
    expect(parsed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(parsed.component.getFirstProperty('categories')?.getValues()).toEqual([
      'Fagsamling',
      'Recovery, Midt-Norge',
    ]);
    expect(instant(parsed.component.getFirstPropertyValue('created') as ICAL.Time)).toBe('2026-10-01T12:00:00.000Z');
    expect(instant(parsed.component.getFirstPropertyValue('last-modified') as ICAL.Time)).toBe(
      '2026-11-27T16:30:00.000Z',
    );
    const organizer = parsed.component.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:koordinator@knutepunkt.example');
    // The quotes survive as RFC 6868 escapes (^'), which ical.js decodes.
    expect(organizer?.getParameter('cn')).toBe('Kari "K" Nordmann, koordinator');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Recovery-nettverk Midt-Norge');
  });

  it('gives DTSTART/DTEND in Oslo time with TZID, resolved through the VTIMEZONE to the same instants', () => {
    expect(contentLines(text)).toContain('DTSTART;TZID=Europe/Oslo:20270310T090000');
    expect(contentLines(text)).toContain('DTEND;TZID=Europe/Oslo:20270310T160000');
    const parsed = parse(text).events[0]!;
    expect(parsed.startDate.zone.tzid).toBe('Europe/Oslo');
    expect(instant(parsed.startDate)).toBe('2027-03-10T08:00:00.000Z');
    expect(instant(parsed.endDate)).toBe('2027-03-10T15:00:00.000Z');
  });

  it('resolves the same through ical.js TimezoneService when the zone is registered from the output', () => {
    expect(ICAL.TimezoneService.has('Europe/Oslo')).toBe(false);
    registerZonesOf(text);
    expect(ICAL.TimezoneService.has('Europe/Oslo')).toBe(true);
    const dtstart = contentLines(text).find((l) => l.startsWith('DTSTART;'))!;
    const time = ICAL.Time.fromDateTimeString(
      dtstart.replace(/^.*:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/, '$1-$2-$3T$4:$5:$6'),
    );
    time.zone = ICAL.TimezoneService.get('Europe/Oslo');
    expect(instant(time)).toBe('2027-03-10T08:00:00.000Z');
  });

  it('a DTSTAMP defaults to the moment of writing, in UTC', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const parsed = parse(toIcs({ events: [event()] })).events[0]!;
    const stamp = (parsed.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime();
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(Date.now());
    expect(toIcs({ events: [event()] })).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });
});

describe('toIcs: changes and cancellation', () => {
  it('keeps the UID, raises SEQUENCE and marks a cancelled event CANCELLED', () => {
    const published = parse(calendar([event({ sequence: 0 })])).events[0]!;
    const moved = parse(
      calendar([event({ sequence: 1, start: utc('2027-03-11T08:00:00Z'), end: utc('2027-03-11T15:00:00Z') })]),
    ).events[0]!;
    const cancelledText = calendar([event({ sequence: 2, status: 'CANCELLED' })]);
    const cancelled = parse(cancelledText).events[0]!;
    expect(new Set([published.uid, moved.uid, cancelled.uid]).size).toBe(1);
    expect([published.sequence, moved.sequence, cancelled.sequence]).toEqual([0, 1, 2]);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(instant(moved.startDate)).toBe('2027-03-11T08:00:00.000Z');
    expectRfc5545Shape(cancelledText);
  });

  it('writes TENTATIVE', () => {
    expect(parse(calendar([event({ status: 'TENTATIVE' })])).events[0]!.component.getFirstPropertyValue('status')).toBe(
      'TENTATIVE',
    );
  });

  it('refuses what no caller should give', () => {
    expect(() => calendar([event({ uid: '  ' })])).toThrow(RangeError);
    expect(() => calendar([event({ uid: 'a\nb' })])).toThrow(RangeError);
    expect(() => calendar([event({ sequence: -1 })])).toThrow(RangeError);
    expect(() => calendar([event({ sequence: 1.5 })])).toThrow(RangeError);
    expect(() => calendar([event({ end: utc('2027-03-10T08:00:00Z') })])).toThrow(RangeError);
    expect(() => calendar([event({ start: new Date('nonsense') })])).toThrow(RangeError);
    expect(() => calendar([event({ url: 'javascript:alert(1)' })])).toThrow(RangeError);
    expect(() => calendar([event({ url: 'https://x.example/a\r\nX-EVIL:1' })])).toThrow(RangeError);
    expect(() => calendar([event({ organizer: { name: 'X', email: 'x@y\r\nX-EVIL:1' } })])).toThrow(RangeError);
  });

  it('cannot be made to write a property of its own through text', () => {
    const text = calendar([
      event({ summary: 'Møte\r\nEND:VEVENT\r\nBEGIN:VEVENT\rUID:evil', location: 'a\u0000b\u0007c' }),
    ]);
    const { events } = parse(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe('Møte\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil');
    expect(events[0]!.location).toBe('abc');
    expectRfc5545Shape(text);
  });
});

describe('toIcs: what ical-generator writes as given', () => {
  it('escapes UID, PRODID and the calendar name itself, so they read back unchanged', () => {
    const text = calendar([event({ uid: 'møte;1,a\\b@knutepunkt.test' })], {
      name: 'Nettverk, «Midt»; ny linje\nBEGIN:VEVENT',
      prodId: '-//Knutepunkt, AS//Knutepunkt//NB',
    });
    expectRfc5545Shape(text);
    const { root, events } = parse(text);
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe('møte;1,a\\b@knutepunkt.test');
    // ical.js reads NAME (RFC 7986) and X-WR-CALNAME as raw values: the text is checked as written,
    // escaped as TEXT (what calendar apps unescape), with no line of its own.
    const escaped = 'Nettverk\\, «Midt»\\; ny linje\\nBEGIN:VEVENT';
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(escaped);
    expect(contentLines(text)).toContain(`NAME:${escaped}`);
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Knutepunkt, AS//Knutepunkt//NB');
  });

  it('keeps a URL with ; and , a valid URI (percent-encoded, no backslashes)', () => {
    const text = calendar([event({ url: 'https://knutepunkt.example/a;b?c=1,2' })]);
    expect(parse(text).events[0]!.component.getFirstPropertyValue('url')).toBe(
      'https://knutepunkt.example/a%3Bb?c=1%2C2',
    );
  });
});

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

describe('text escaping and folding', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets, never splits a UTF-8 character, and unfolds back exactly through ical.js', () => {
    const samples: Partial<IcsEvent>[] = [
      { description: 'æøå'.repeat(60) },
      { summary: '🎉'.repeat(40) },
      { location: 'x'.repeat(62) + '\n' + 'y'.repeat(40) },
      { description: 'a'.repeat(66) + 'ø🇳🇴' + 'b'.repeat(200) },
      { summary: 'x'.repeat(66) },
      { summary: 'x'.repeat(67) },
    ];
    for (const sample of samples) {
      const text = calendar([event(sample)]);
      expectRfc5545Shape(text);
      const physical = text.split('\r\n').slice(0, -1);
      for (const part of physical) {
        const octets = encoder.encode(part);
        expect(octets.length).toBeLessThanOrEqual(75);
        // A split character would decode with U+FFFD.
        expect(new TextDecoder().decode(octets)).not.toContain('\uFFFD');
      }
      const parsed = parse(text).events[0]!;
      if (sample.summary) expect(parsed.summary).toBe(sample.summary);
      if (sample.description) expect(parsed.description).toBe(sample.description);
      if (sample.location) expect(parsed.location).toBe(sample.location);
    }
    // A line that fits is not folded.
    expect(contentLines(calendar([event({ summary: 'x'.repeat(66) })]))).toContain('SUMMARY:' + 'x'.repeat(66));
    expect(calendar([event({ summary: 'x'.repeat(66) })])).toContain('\r\nSUMMARY:' + 'x'.repeat(66) + '\r\n');
  });

  it('a long description with Norwegian letters and emoji folds and unfolds back exactly through ical.js', () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Punkt ${i}: blåbærsyltetøy, «sånn»; 🎉 og ${'ø'.repeat(i)}`,
    ).join('\n');
    const text = calendar([event({ description: long })]);
    expectRfc5545Shape(text);
    expect(text.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(20);
    expect(parse(text).events[0]!.description).toBe(long);
  });
});

describe('feeds', () => {
  it('an empty feed is still a valid calendar with its time zone', () => {
    const text = calendar([]);
    expectRfc5545Shape(text);
    const { events, vtimezones } = parse(text);
    expect(events).toHaveLength(0);
    expect(vtimezones[0]!.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
  });

  it('webcalUrl gives the subscribe address of a feed', () => {
    expect(webcalUrl('https://knutepunkt.example/kalender/nettverk/midt.ics')).toBe(
      'webcal://knutepunkt.example/kalender/nettverk/midt.ics',
    );
    expect(webcalUrl('http://127.0.0.1:3000/k.ics')).toBe('webcal://127.0.0.1:3000/k.ics');
  });
});
