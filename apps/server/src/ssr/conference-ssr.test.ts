import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createPublishedConferenceWorld } from '@knutepunkt/api/testing';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';

/**
 * The conference's public pages rendered on the server (docs/adr/0023, 0012), with the web
 * app's real builds and a published edition added to the demo seed: what a crawler or a
 * browser without JavaScript gets.
 */
let server: RunningServer;
let web: string;
let slug: string;
beforeAll(async () => {
  server = await startTestServer({ renderPages: true });
  web = server.listeners.web!.url;
  const db = server.handle.db;
  const network = await db.network.findFirstOrThrow({ select: { id: true } });
  const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
  const user = await db.user.findFirstOrThrow({ select: { id: true } });
  slug = (await createPublishedConferenceWorld(db, network.id, organisation.id, user.id)).slug;
}, 120_000);
afterAll(async () => server?.close());

const get = (path: string) => fetch(`${web}${path}`);

/** The rendered page without the data it hydrates with (which holds the whole release). */
const rendered = (html: string) => html.slice(html.indexOf('<div id="root">'), html.indexOf('<script id="kp-state"'));

function jsonLdOf(html: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(script, 'JSON-LD').toBeDefined();
  return JSON.parse(script!) as Record<string, unknown>;
}

describe('conference pages rendered on the server', () => {
  test('the programme comes whole: release, sessions by slot, filters as a GET form', async () => {
    const res = await get(`/konferanse/${slug}/program`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<div id="root"><div class="kp-layout">/);
    expect(html).toContain('Programversjon v1, publisert 1. september 2030');
    for (const title of ['Åpning', 'Likepersoner på sykehuset', 'Verksted om medvirkning'])
      expect(html).toContain(title);
    expect(html).toContain('action="/konferanse/ingenting-om-oss-2030/program" method="get"');
  });

  test('a day and a search in the address are rendered on the server', async () => {
    const day = rendered(await (await get(`/konferanse/${slug}/program?dag=2030-10-22`)).text());
    expect(day).toContain('Verksted om medvirkning');
    expect(day).not.toContain('>Åpning<');
    const search = rendered(await (await get(`/konferanse/${slug}/program?q=likepersoner`)).text());
    expect(search).toContain('Likepersoner på sykehuset');
    expect(search).not.toContain('Verksted om medvirkning');
  });

  test('a session page: schema.org Event with Oslo offsets; the edition, speakers and now pages render', async () => {
    const html = await (await get(`/konferanse/${slug}/sesjon/1`)).text();
    expect(html).toContain(`/konferanse/${slug}/sesjon/1/kalender.ics`);
    const event = jsonLdOf(html);
    expect(event).toMatchObject({
      '@type': 'Event',
      name: 'Åpning',
      startDate: '2030-10-21T09:00:00+02:00',
      location: { '@type': 'Place', name: 'Storsalen, Royal Garden' },
    });
    for (const [path, text] of [
      [`/konferanse/${slug}`, 'Ingenting om oss uten oss 2030'],
      [`/konferanse/${slug}/foredragsholdere`, 'Kari Ås'],
      [`/konferanse/${slug}/foredragsholder/2`, 'Ola Øren'],
      [`/konferanse/${slug}/na`, 'Neste'],
      ['/konferanse', 'Ingenting om oss uten oss 2030'],
    ]) {
      const res = await get(path!);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain(text);
    }
  });

  test('what is not published is 404', async () => {
    for (const path of ['/konferanse/finnes-ikke', `/konferanse/${slug}/sesjon/99`, '/konferanse/finnes-ikke/program'])
      expect((await get(path)).status, path).toBe(404);
  });
});
