import os from 'node:os';
import { Writable } from 'node:stream';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ICS_CONTENT_TYPE } from '@knutepunkt/calendar';
import { type World, contextFor, createWorld, webCaller } from '@knutepunkt/api/testing';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';

const quiet = () => new Writable({ write: (_chunk, _encoding, done) => done() });

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe("a person's own calendar feed (/kalender/<token>.ics)", () => {
  let server: RunningServer;
  let db: Db;
  let world: World;
  let web: string;

  beforeAll(async () => {
    const handle = await createTestDb();
    db = handle.db;
    world = await createWorld(db);
    const config = {
      ...loadConfig({}, []),
      listeners: ['web' as const],
      ports: { web: 0, admin: 0 },
      logStream: quiet(),
    };
    server = await startServer({ ...config, staticDirs: { web: os.tmpdir(), admin: os.tmpdir() } }, handle);
    web = server.listeners.web!.url;
  });
  afterAll(async () => server?.close());

  const member = async () => webCaller(await contextFor(db, 'web', world, 'member'));
  /** The feed's address on this server (the API builds it on its configured site address). */
  const onServer = (url: string) => `${web}${new URL(url).pathname}`;

  test('made on Min side, it lists the seat and the waiting place (TENTATIVE, prefixed), no video link, and renewing kills the old address', async () => {
    const caller = await member();
    expect(await caller.meetings.myCalendarFeed()).toEqual({ exists: false, createdAt: null });
    const { url } = await caller.meetings.renewMyCalendarFeed();
    expect(url).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await caller.meetings.myCalendarFeed()).exists).toBe(true);
    // The address is shown once: only its hash is stored.
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { userId: world.userIds.member } });
    expect(stored.tokenHash).not.toContain(new URL(url).pathname.slice('/kalender/'.length, -4));

    // A waiting place on another meeting: a full one.
    const full = await db.meeting.create({
      data: {
        networkId: world.network1,
        slug: 'full-samling',
        title: 'Full samling',
        startsAt: new Date(Date.now() + 40 * 86_400_000),
        endsAt: new Date(Date.now() + 40 * 86_400_000 + 3_600_000),
        venueName: 'Salen',
        videoUrl: 'https://video.example.no/hemmelig',
        capacity: 1,
        lastPosition: 1,
        openTo: 'anyone',
        status: 'published',
        publishedAt: new Date(),
        registrations: { create: { userId: world.userIds.editor, status: 'confirmed', position: 1 } },
      },
    });
    const waiting = await caller.meetings.register({ meetingId: full.id, organisationId: null });
    expect(waiting.status).toBe('waiting');

    const res = await fetch(onServer(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(ICS_CONTENT_TYPE);
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    const text = await res.text();
    expect(text).not.toContain('video.example.no');
    const { root, events } = parse(text);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Mine møter');
    const host = new URL(web).hostname;
    const seat = events.find((e) => e.uid === `meeting-${world.meetings.upcoming.meetingId}@${host}`)!;
    expect(seat.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(seat.component.getFirstPropertyValue('url')).toBe(`${web}/moter/${world.meetings.upcoming.slug}`);
    const line = events.find((e) => e.uid === `meeting-${full.id}@${host}`)!;
    expect(line.summary).toBe('Venteliste: Full samling');
    expect(line.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    // Exactly the member's own seats and places (the world may give them more), nobody else's, no draft.
    const own = await db.meetingRegistration.findMany({
      where: { userId: world.userIds.member, status: { in: ['confirmed', 'waiting'] } },
      select: { meetingId: true },
    });
    expect(events.map((e) => e.uid).sort()).toEqual(own.map((r) => `meeting-${r.meetingId}@${host}`).sort());
    expect(events.map((e) => e.uid)).not.toContain(`meeting-${world.meetings.draft.meetingId}@${host}`);

    const renewed = await caller.meetings.renewMyCalendarFeed();
    expect(renewed.url).not.toBe(url);
    expect((await fetch(onServer(url))).status).toBe(404);
    expect((await fetch(onServer(renewed.url))).status).toBe(200);

    await caller.meetings.removeMyCalendarFeed();
    expect((await fetch(onServer(renewed.url))).status).toBe(404);
    expect(await caller.meetings.myCalendarFeed()).toEqual({ exists: false, createdAt: null });
  });

  test('a wrong, malformed or missing token is 404', async () => {
    for (const path of [
      `/kalender/${'A'.repeat(43)}.ics`,
      '/kalender/kort.ics',
      `/kalender/${'A'.repeat(43)}`,
      '/kalender/..%2F..%2Fetc%2Fpasswd.ics',
    ]) {
      expect((await fetch(`${web}${path}`)).status, path).toBe(404);
    }
  });
});
