import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';

/**
 * The meetings' pages rendered on the server, with the web app's real builds and the demo seed's
 * meeting (packages/db/src/seed/meetings.ts): what a crawler or a browser without JavaScript gets.
 */
let server: RunningServer;
let web: string;
let meeting: { slug: string; title: string; videoUrl: string | null; startsAt: Date };
beforeAll(async () => {
  server = await startTestServer({ renderPages: true });
  web = server.listeners.web!.url;
  meeting = await server.handle.db.meeting.findFirstOrThrow({
    where: { status: 'published' },
    select: { slug: true, title: true, videoUrl: true, startsAt: true },
  });
}, 120_000);
afterAll(async () => server?.close());

const get = (path: string) => fetch(`${web}${path}`);

function jsonLdOf(html: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(script, 'JSON-LD').toBeDefined();
  return JSON.parse(script!) as Record<string, unknown>;
}

describe('meeting pages rendered on the server', () => {
  test('the list, the network list and the meeting page come whole with status 200', async () => {
    for (const path of ['/moter', '/moter?tid=tidligere', '/nettverk/recovery-nettverk-midt-norge/moter']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/<div id="root"><div class="kp-layout">/);
      if (!path.includes('tidligere')) expect(html, path).toContain(meeting.title);
    }
  });

  test('a meeting page: title, canonical, schema.org Event with Oslo offsets, and no video link for anonymous', async () => {
    const res = await get(`/moter/${meeting.slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<title>${meeting.title} – Knutepunkt</title>`);
    expect(html).toContain(`<link rel="canonical" href="${web}/moter/${meeting.slug}?lang=nb">`);
    expect(html).toContain('Litteraturhuset i Trondheim');
    expect(html).toContain(`/moter/${meeting.slug}/kalender.ics`);
    expect(meeting.videoUrl).not.toBeNull();
    expect(html).not.toContain(meeting.videoUrl!);
    const event = jsonLdOf(html);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: meeting.title,
      url: `${web}/moter/${meeting.slug}`,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Recovery-nettverk Midt-Norge' },
    });
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(new Date(event.startDate as string).getTime()).toBe(meeting.startsAt.getTime());
    expect(JSON.stringify(event)).not.toContain('video.');
  });

  test('a cancelled meeting says so in its Event data', async () => {
    await server.handle.db.meeting.update({ where: { slug: meeting.slug }, data: { status: 'cancelled' } });
    try {
      const html = await (await get(`/moter/${meeting.slug}`)).text();
      expect(jsonLdOf(html).eventStatus).toBe('https://schema.org/EventCancelled');
    } finally {
      await server.handle.db.meeting.update({ where: { slug: meeting.slug }, data: { status: 'published' } });
    }
  });

  test('an unknown meeting is 404; a draft too', async () => {
    expect((await get('/moter/finnes-ikke')).status).toBe(404);
    const draft = await server.handle.db.meeting.create({
      data: {
        networkId: (await server.handle.db.network.findFirstOrThrow()).id,
        slug: 'et-utkast',
        title: 'Et utkast',
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
      },
    });
    expect((await get(`/moter/${draft.slug}`)).status).toBe(404);
  });
});
