import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../server.ts';
import { CACHE_HEADER } from '../cache/public-cache.ts';
import { startTestServer } from '../test-server.ts';

/**
 * Pages rendered on the server, over real HTTP, with the web app's real builds and the demo
 * seed: what a crawler, a link-preview fetcher or a browser without JavaScript gets.
 */
let server: RunningServer;
let web: string;
let nynorsk: { slug: string; title: string; summary: string };
beforeAll(async () => {
  server = await startTestServer({ renderPages: true });
  web = server.listeners.web!.url;
  const example = await server.handle.db.practiceExample.findFirstOrThrow({
    where: { archivedAt: null, publishedVersion: { language: 'nn' } },
    select: { slug: true, publishedVersion: { select: { title: true, summary: true } } },
    orderBy: { slug: 'asc' },
  });
  nynorsk = { slug: example.slug, ...example.publishedVersion! };
}, 120_000);
afterAll(async () => server?.close());

/** As curl, an uptime checker and an API client ask: the page comes whatever they accept. */
const ACCEPTS: Array<Record<string, string>> = [{ accept: '*/*' }, {}, { accept: 'application/json' }];

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web}${path}`, { headers });

/** The attribute values of the head's tags, by name or property, and the links by rel/hreflang. */
function headOf(html: string) {
  const meta = new Map<string, string>();
  for (const m of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)">/g)) meta.set(m[1]!, m[2]!);
  const links = new Map<string, string>();
  for (const m of html.matchAll(/<link rel="(canonical|alternate)"(?: hreflang="([^"]+)")? href="([^"]+)">/g))
    links.set(m[2] ?? m[1]!, m[3]!);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  return { meta, links, title, lang: /<html lang="([^"]+)"/.exec(html)?.[1] };
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&(apos|#x27|#39);/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('server-rendered pages', () => {
  test('come whole whatever the Accept header, and HEAD gives the same status and length', async () => {
    const org = await server.handle.db.organisation.findFirstOrThrow({ select: { slug: true, name: true } });
    const pages: Array<[string, string]> = [
      ['/', 'Sammen om recovery'],
      ['/praksis', 'Gode praksiseksempler'],
      [`/praksis/${nynorsk.slug}`, nynorsk.title],
      [`/organisasjoner/${org.slug}`, org.name],
      ['/organisasjoner', 'Organisasjoner'],
      ['/nettverk', 'Nettverk'],
      ['/praksis/oversikt', 'CHIME'],
      ['/tilgjengelighet', 'Tilgjengelighetserklæring'],
    ];
    for (const [path, text] of pages) {
      for (const headers of ACCEPTS) {
        const res = await get(path, headers);
        const html = await res.text();
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        expect(decode(html), path).toContain(text);
        expect(html).toMatch(/<div id="root"><div class="kp-layout">/);
        const head = await fetch(`${web}${path}`, { method: 'HEAD', headers });
        expect(head.status).toBe(200);
        expect(Number(head.headers.get('content-length'))).toBe(Buffer.byteLength(html));
        expect(await head.text()).toBe('');
      }
    }
  });

  test('what does not exist answers 404 with the not-found page, not for indexing', async () => {
    for (const path of [
      '/praksis/finnes-ikke',
      '/organisasjoner/finnes-ikke',
      '/nettverk/finnes-ikke',
      '/finnes/ikke',
    ]) {
      const res = await get(path, { accept: '*/*' });
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('Fant ikke siden');
      expect((await fetch(`${web}${path}`, { method: 'HEAD' })).status).toBe(404);
    }
  });

  test('an archived example answers 410 Gone', async () => {
    const example = await server.handle.db.practiceExample.findFirstOrThrow({
      where: { archivedAt: null, publishedVersionId: { not: null }, slug: { not: nynorsk.slug } },
      select: { id: true, slug: true },
      orderBy: { slug: 'desc' },
    });
    await server.handle.db.practiceExample.update({ where: { id: example.id }, data: { archivedAt: new Date() } });
    try {
      const res = await get(`/praksis/${example.slug}`);
      expect(res.status).toBe(410);
      expect(await res.text()).toContain('<meta name="robots" content="noindex">');
    } finally {
      await server.handle.db.practiceExample.update({ where: { id: example.id }, data: { archivedAt: null } });
    }
  });

  test('a nynorsk example has its own title, description, canonical, hreflang, link preview and JSON-LD', async () => {
    const path = `/praksis/${nynorsk.slug}`;
    const html = await (await get(`${path}?lang=nn`)).text();
    const head = headOf(html);
    expect(head.lang).toBe('nn');
    expect(decode(head.title!)).toBe(`${nynorsk.title} – Knutepunkt`);
    // The summary, cut at a word when it is longer than search results show.
    expect(nynorsk.summary.startsWith(decode(head.meta.get('description')!).replace(/…$/, ''))).toBe(true);
    expect(head.links.get('canonical')).toBe(`${web}${path}?lang=nn`);
    expect(head.links.get('nb')).toBe(`${web}${path}?lang=nb`);
    expect(head.links.get('nn')).toBe(`${web}${path}?lang=nn`);
    expect(head.links.get('en')).toBe(`${web}${path}?lang=en`);
    expect(head.links.get('x-default')).toBe(`${web}${path}`);
    expect(decode(head.meta.get('og:title')!)).toBe(nynorsk.title);
    expect(head.meta.get('og:type')).toBe('article');
    expect(head.meta.get('og:url')).toBe(`${web}${path}?lang=nn`);
    expect(head.meta.get('og:locale')).toBe('nn_NO');
    expect(head.meta.get('twitter:card')).toMatch(/^summary/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'Article', headline: nynorsk.title, inLanguage: 'nn' });

    // In English the interface changes, and the nynorsk text says which language it is in.
    const english = await (await get(`${path}?lang=en`)).text();
    expect(headOf(english).lang).toBe('en');
    expect(english).toContain('Contact person');
    expect(decode(english)).toMatch(
      new RegExp(`<span lang="nn">${nynorsk.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span>`),
    );
  });

  test('the language without ?lang= follows the cookie, then the browser, and says so in Vary', async () => {
    const byCookie = await get('/', { cookie: 'kp_locale=nn', 'accept-language': 'en' });
    expect(headOf(await byCookie.text()).lang).toBe('nn');
    expect(byCookie.headers.get('vary')).toMatch(/Cookie/);
    expect(byCookie.headers.get('vary')).toMatch(/Accept-Language/);
    const byBrowser = await get('/', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(headOf(await byBrowser.text()).lang).toBe('en');
    const fixed = await get('/?lang=nb', { cookie: 'kp_locale=en' });
    expect(headOf(await fixed.text()).lang).toBe('nb');
    expect(fixed.headers.get('vary') ?? '').not.toMatch(/Accept-Language/);
  });

  test('the page carries the data it was rendered with, for the browser to hydrate', async () => {
    const html = await (await get(`/praksis/${nynorsk.slug}`)).text();
    const state = JSON.parse(/<script id="kp-state" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!);
    const keys = state.queries.map((q: { queryKey: unknown[] }) => JSON.stringify(q.queryKey[0]));
    expect(keys).toContain(JSON.stringify(['practice', 'bySlug']));
    // Never the visitor's account: the browser asks for it itself.
    expect(keys.some((k: string) => k.startsWith('["account"'))).toBe(false);
  });

  test('a rendered page is kept until its content changes, revalidates with its ETag, and follows a change at once', async () => {
    const org = await server.handle.db.organisation.findFirstOrThrow({
      where: { description: { not: null } },
      select: { id: true, slug: true, description: true },
    });
    const path = `/organisasjoner/${org.slug}?lang=nb`;
    await get(path);
    const again = await get(path);
    expect(again.headers.get(CACHE_HEADER)).toBe('hit');
    expect(again.headers.get('cache-control')).toBe('public, no-cache');
    const etag = again.headers.get('etag')!;
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);

    const changed = `${org.description} Oppdatert ${Date.now()}.`;
    await server.handle.db.organisation.update({ where: { id: org.id }, data: { description: changed } });
    const after = await get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    expect(decode(await after.text())).toContain(changed);
  });

  test("a reset link's token is never rendered into the page nor kept in the cache", async () => {
    const first = 'A'.repeat(43);
    const second = 'B'.repeat(43);
    const one = await get(`/nytt-passord?token=${first}`);
    expect(one.status).toBe(200);
    expect(await one.text()).not.toContain(first);
    // One cache entry for every token: the second link is answered with the first render.
    const two = await get(`/nytt-passord?token=${second}`);
    expect(two.headers.get(CACHE_HEADER)).toBe('hit');
    expect(await two.text()).not.toContain(second);
  });
});
