import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ICS_CONTENT_TYPE } from '@knutepunkt/calendar';
import { type World, adminCaller, contextFor } from '@knutepunkt/api/testing';
import type { Db } from '@knutepunkt/db';
import type { RunningServer } from '../server.ts';
import { startWorldServer } from '../test-server.ts';

function events(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

/** The meeting's form fields (the admin router's update takes them all), at a given Oslo date and time. */
const fields = (date: string, time: string) =>
  ({
    title: 'Fagsamling med ny tid',
    description: 'Vi møtes.',
    language: 'nb',
    startsAt: { date, time },
    endsAt: { date, time: '15:30' },
    mode: 'hybrid',
    venueName: 'Rådhuset',
    venueAddress: 'Torget 1',
    stepFree: true,
    hearingLoop: false,
    quietRoom: false,
    videoUrl: 'https://video.example.no/hemmelig',
    capacity: 10,
    registrationOpensAt: null,
    registrationDeadline: null,
    perOrganisationLimit: null,
    openTo: 'anyone',
  }) as const;

describe('the meeting calendar routes on the web listener', () => {
  let server: RunningServer;
  let db: Db;
  let world: World;
  let web: string;

  beforeAll(async () => {
    ({ server, db, world, web } = await startWorldServer());
  });
  afterAll(async () => server?.close());

  const meetingIcs = (slug: string) => fetch(`${web}/moter/${slug}/kalender.ics`);

  test('one published meeting: a parseable VEVENT with a stable UID, SEQUENCE, the page as URL, no video link', async () => {
    const { slug, meetingId } = world.meetings.upcoming;
    const res = await meetingIcs(slug);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(ICS_CONTENT_TYPE);
    const text = await res.text();
    expect(text).not.toContain('video.example.no');
    const [event, ...rest] = events(text).events;
    expect(rest).toHaveLength(0);
    const host = new URL(web).hostname;
    expect(event!.uid).toBe(`meeting-${meetingId}@${host}`);
    expect(event!.sequence).toBe(0);
    expect(event!.summary).toBe(`Møte ${slug}`);
    expect(event!.component.getFirstPropertyValue('url')).toBe(`${web}/moter/${slug}`);
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    // iCalendar times are whole seconds.
    expect(event!.startDate.toJSDate().getTime()).toBe(Math.floor(meeting.startsAt.getTime() / 1000) * 1000);
  });

  test('a draft, an unknown slug and a malformed one are 404', async () => {
    expect((await meetingIcs(world.meetings.draft.slug)).status).toBe(404);
    expect((await meetingIcs('finnes-ikke')).status).toBe(404);
    expect((await meetingIcs('IKKE%20en%20slug')).status).toBe(404);
    expect((await fetch(`${web}/nettverk/finnes-ikke/moter.ics`)).status).toBe(404);
  });

  test('after a change of time the UID stays and SEQUENCE is raised; cancelling makes it STATUS:CANCELLED', async () => {
    const { slug, meetingId } = world.meetings.upcoming;
    const before = events(await (await meetingIcs(slug)).text()).events[0]!;
    const coordinator = adminCaller(await contextFor(db, 'admin', world, 'coordinator'));
    await coordinator.meetings.update({ meetingId, ...fields('2031-06-02', '10:00') });

    const after = events(await (await meetingIcs(slug)).text()).events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    // 10:00 in Oslo in June is 08:00 UTC (summer time).
    expect(after.startDate.toJSDate().toISOString()).toBe('2031-06-02T08:00:00.000Z');

    const feed = await fetch(`${web}/nettverk/nettverk-en/moter.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe(ICS_CONTENT_TYPE);
    const parsed = events(await feed.text());
    expect(parsed.root.getFirstPropertyValue('x-wr-calname')).toBe('Nettverk én – møter');
    const uids = parsed.events.map((e) => e.uid);
    expect(uids).toContain(before.uid);
    expect(uids).not.toContain(`meeting-${world.meetings.draft.meetingId}@${new URL(web).hostname}`);

    await coordinator.meetings.cancel({ meetingId });
    const cancelled = events(await (await meetingIcs(slug)).text()).events[0]!;
    expect(cancelled.uid).toBe(before.uid);
    expect(cancelled.sequence).toBeGreaterThan(after.sequence);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  test('no personal data: registrants and the video link are in neither file', async () => {
    const member = await db.user.findUniqueOrThrow({ where: { id: world.userIds.member } });
    for (const path of [`/moter/${world.meetings.upcoming.slug}/kalender.ics`, '/nettverk/nettverk-en/moter.ics']) {
      const text = await (await fetch(`${web}${path}`)).text();
      expect(text).not.toContain(member.email);
      expect(text).not.toContain(member.name);
      expect(text).not.toContain('video.example.no');
    }
  });
});
