import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeText, toIcs, webcalUrl, type IcsEvent } from './ics.ts';
import {
  utc,
  encoder,
  event,
  calendar,
  parse,
  registerZonesOf,
  instant,
  contentLines,
  expectRfc5545Shape,
} from './ics-testing.ts';

afterEach(() => {
  ICAL.TimezoneService.reset();
});

// Run under TZ=UTC and TZ=Europe/Oslo (ADR 19): nothing here may depend on the machine's zone.

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
