import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { World } from '@knutepunkt/api/testing';
import type { Db } from '@knutepunkt/db';
import { type FrabJson, conferencePaths } from '@knutepunkt/domain';
import type { RunningServer } from '../server.ts';
import { startWorldServer } from '../test-server.ts';
import { frabJsonValidator, icalEvents, publish, xmllintErrors } from './export-testing.ts';

/**
 * The conference exports on the web listener, on the API's test world: an edition whose two
 * days straddle the end of summer time (Saturday 25 October 2031 in CEST, Sunday 26 in CET),
 * each with a session at 09:00 Oslo time.
 */
describe('conference exports', () => {
  let server: RunningServer;
  let db: Db;
  let world: World;
  let web: string;
  let slug: string;
  const at = (pattern: string, number?: number) =>
    `${web}${pattern.replace(':slug', slug).replace(':number', String(number ?? 0))}`;

  beforeAll(async () => {
    ({ server, db, world, web } = await startWorldServer());
    const c = world.conference;
    slug = c.slug;
    await db.conferenceEdition.update({
      where: { id: c.editionId },
      data: { startsOn: '2031-10-25', endsOn: '2031-10-26', widgetOrigins: ['https://partner.example'] },
    });
    await db.conferenceSession.update({
      where: { id: c.plenaryId },
      data: { startsAt: new Date('2031-10-25T07:00:00Z') },
    });
    await db.conferenceSession.update({
      where: { id: c.workshopId },
      data: { startsAt: new Date('2031-10-26T08:00:00Z'), materials: 'Lysark: [PDF](https://example.no/lysark.pdf)' },
    });
  }, 180_000);
  afterAll(() => server?.close());

  test('nothing is exported before a release is published, nor from a draft', async () => {
    for (const pattern of [conferencePaths.web.frabJson, conferencePaths.web.frabXml, conferencePaths.web.calendar])
      expect((await fetch(at(pattern))).status).toBe(404);
    await db.conferenceRelease.create({ data: { editionId: world.conference.editionId, name: 'utkast' } });
    expect((await fetch(at(conferencePaths.web.frabJson))).status).toBe(404);
    expect((await fetch(`${web}/konferanse/finnes-ikke/schedule.json`)).status).toBe(404);
  });

  let v1: FrabJson;
  test('frab JSON passes the c3voc schema, with Oslo times and offsets across the DST change', async () => {
    await publish(db, world.conference.editionId, 1, 'v1', new Date('2031-09-01T10:00:00Z'));
    const res = await fetch(at(conferencePaths.web.frabJson));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    v1 = (await res.json()) as FrabJson;
    const validate = frabJsonValidator();
    expect(validate(v1), JSON.stringify(validate.errors)).toBe(true);
    // The validator can fail: frab's acronym allows no `-` here, and a person is frab's or pretalx's, not both.
    expect(
      validate({
        ...v1,
        schedule: { ...v1.schedule, conference: { ...v1.schedule.conference, acronym: 'konferanse-2031' } },
      }),
    ).toBe(false);
    const c = v1.schedule.conference;
    expect(v1.schedule.version).toBe('v1');
    expect(c).toMatchObject({ time_zone_name: 'Europe/Oslo', daysCount: 2, start: '2031-10-25', end: '2031-10-26' });
    expect(c.days.map((d) => [d.index, d.date, d.day_start])).toEqual([
      [1, '2031-10-25', '2031-10-25T09:00:00+02:00'],
      [2, '2031-10-26', '2031-10-26T09:00:00+01:00'],
    ]);
    const [plenary] = c.days[0]!.rooms['Storsalen']!;
    const [workshop] = c.days[1]!.rooms['Møterom 2']!;
    expect(plenary).toMatchObject({ id: 1, date: '2031-10-25T09:00:00+02:00', start: '09:00', duration: '00:45' });
    expect(plenary!.persons[0]).toMatchObject({ id: 1, public_name: 'Kari Nordmann' });
    expect(plenary!.url).toBe(`${web}/konferanse/${slug}/sesjon/1`);
    expect(workshop).toMatchObject({ id: 2, date: '2031-10-26T09:00:00+01:00', start: '09:00', duration: '01:30' });
    expect(workshop!.links).toEqual([{ url: 'https://example.no/lysark.pdf', title: 'PDF' }]);
    expect(c.tracks).toEqual([{ name: 'Medborgerskap', slug: 'medborgerskap', color: '#1f5f8b' }]);
  });

  test('frab XML passes schedule.xml.xsd (xmllint) and escapes what it carries', async () => {
    await db.conferenceSession.update({
      where: { id: world.conference.plenaryId },
      data: { title: 'Åpning & <velkommen> "alle"' },
    });
    await publish(db, world.conference.editionId, 2, 'v2 – endringer 3. okt');
    const res = await fetch(at(conferencePaths.web.frabXml));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(xmllintErrors(xml)).toBe('');
    expect(xml).toContain('<title>Åpning &amp; &lt;velkommen&gt; &quot;alle&quot;</title>');
    expect(xml).toContain('<version>v2 – endringer 3. okt</version>');
    // A broken file is caught: the validator can fail.
    expect(xmllintErrors(xml.replace('<duration>00:45</duration>', ''))).not.toBe('');
  });

  test('GUIDs and ids stay the same across releases', async () => {
    const v2 = (await (await fetch(at(conferencePaths.web.frabJson))).json()) as FrabJson;
    expect(v2.schedule.version).toBe('v2 – endringer 3. okt');
    const ids = (f: FrabJson) =>
      f.schedule.conference.days.flatMap((d) =>
        Object.values(d.rooms)
          .flat()
          .map((e) => [e.id, e.guid, e.persons[0]!.guid]),
      );
    expect(ids(v2)).toEqual(ids(v1));
    expect(v2.schedule.conference.rooms.map((r) => r.guid)).toEqual(v1.schedule.conference.rooms.map((r) => r.guid));
  });

  test('iCal: one VEVENT per session, UID from its GUID, Europe/Oslo, SEQUENCE of the release', async () => {
    const json = (await (await fetch(at(conferencePaths.web.frabJson))).json()) as FrabJson;
    const guids = json.schedule.conference.days.flatMap((d) =>
      Object.values(d.rooms)
        .flat()
        .map((e) => e.guid),
    );
    const res = await fetch(at(conferencePaths.web.calendar));
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20311025T090000');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20311026T090000');
    const { root, events } = icalEvents(text);
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Oslo']);
    expect(events.map((e) => e.uid)).toEqual(guids.map((g) => `conference-session-${g}@127.0.0.1`));
    expect(events.map((e) => e.sequence)).toEqual([2, 2]);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2031-10-25T07:00:00.000Z',
      '2031-10-26T08:00:00.000Z',
    ]);
    expect(events[0]!.location).toBe('Storsalen, Royal Garden');

    const one = icalEvents(await (await fetch(at(conferencePaths.web.sessionCalendar, 2))).text());
    expect(one.events.map((e) => e.uid)).toEqual([`conference-session-${guids[1]}@127.0.0.1`]);
    expect((await fetch(at(conferencePaths.web.sessionCalendar, 3))).status).toBe(404); // not scheduled
    expect((await fetch(at(conferencePaths.web.sessionCalendar, 99))).status).toBe(404);
  });

  test('ETag, Last-Modified and 304s; a new release answers anew', async () => {
    const url = at(conferencePaths.web.frabJson);
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' } })).status).toBe(200);
    // Other formats have tags of their own.
    const xmlTag = (await fetch(at(conferencePaths.web.frabXml))).headers.get('etag');
    expect(xmlTag).not.toBe(etag);

    await publish(db, world.conference.editionId, 3, 'v3');
    const after = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(((await after.json()) as FrabJson).schedule.version).toBe('v3');
  });

  test('conference.programme (tRPC GET) is kept by the public response cache: ETag, Last-Modified, 304', async () => {
    const url = `${web}/trpc/conference.programme?input=${encodeURIComponent(JSON.stringify({ slug }))}`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    await publish(db, world.conference.editionId, 4, 'v4');
    const after = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('"name":"v4"');
  });

  test('the widget may be framed by the listed origins only; every other route refuses frames', async () => {
    const res = await fetch(`${at(conferencePaths.web.widget)}?rom=moterom-2&lang=en`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain('frame-ancestors https://partner.example');
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<a href="${web}/konferanse/${slug}/sesjon/2" target="_top"`);
    expect(html).not.toContain('/sesjon/1"'); // filtered to the other room
    expect(html).not.toContain('<script');
    expect(html).toContain('<link rel="icon" href="/favicon.svg"');

    const nb = await (await fetch(`${at(conferencePaths.web.widget)}?dag=2031-10-25`)).text();
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('/sesjon/1"');
    expect(nb).not.toContain('/sesjon/2"');

    for (const other of [at(conferencePaths.web.frabJson), `${web}/health`, `${web}/konferanse/${slug}`]) {
      const r = await fetch(other);
      expect(r.headers.get('x-frame-options'), other).toBe('DENY');
      expect(r.headers.get('content-security-policy'), other).toContain("frame-ancestors 'none'");
    }

    await db.conferenceEdition.update({ where: { id: world.conference.editionId }, data: { widgetOrigins: [] } });
    const none = await fetch(at(conferencePaths.web.widget));
    expect(none.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
