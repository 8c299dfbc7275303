import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from './server.ts';
import { startTestServer } from './test-server.ts';

/** Page paths, robots.txt and the sitemap on the real server with the demo seed, over real HTTP. */
let server: RunningServer;
let web: string;
let admin: string;
let published: { slug: string; id: string };
beforeAll(async () => {
  server = await startTestServer();
  web = server.listeners.web!.url;
  admin = server.listeners.admin!.url;
  published = await server.handle.db.practiceExample.findFirstOrThrow({
    where: { publishedVersionId: { not: null }, archivedAt: null },
    select: { slug: true, id: true },
    orderBy: { slug: 'asc' },
  });
});
afterAll(async () => server?.close());

const ACCEPTS: Array<Record<string, string>> = [{ accept: '*/*' }, {}, { accept: 'text/html' }];

describe('page paths', () => {
  test('answer with the app whatever the Accept header', async () => {
    for (const path of [
      '/',
      '/praksis',
      `/praksis/${published.slug}`,
      '/organisasjoner/trondheim-kommune',
      '/min-side/',
    ]) {
      for (const headers of ACCEPTS) {
        const res = await fetch(`${web}${path}`, { headers });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/html');
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toContain('<body>web</body>');
      }
    }
    const adminPage = await fetch(`${admin}/praksis/vurdering/abc?x=1`, { headers: { cookie: 'kp_locale=en' } });
    expect(adminPage.status).toBe(200);
    expect(await adminPage.text()).toContain('<html lang="en"');
  });

  test('a path no page pattern matches gets the app with status 404', async () => {
    for (const [base, path] of [
      [web, '/finnes-ikke'],
      [web, '/praksis/a/b'],
      [web, '/organisasjoner//rediger'],
      [admin, '/min-side'],
    ] as const) {
      for (const headers of ACCEPTS) {
        const res = await fetch(`${base}${path}`, { headers });
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toContain('text/html');
      }
    }
  });

  test('server routes keep their answers', async () => {
    expect(await (await fetch(`${web}/health`)).json()).toEqual({ status: 'ok', listener: 'web' });
    const unknownProcedure = await fetch(`${web}/trpc/nothing.here`);
    expect(unknownProcedure.status).toBe(404);
    expect(unknownProcedure.headers.get('content-type')).toContain('application/json');
    for (const path of ['/api/nothing', '/vedlegg/x', '/assets/missing.js']) {
      const res = await fetch(`${web}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: 'not found' });
    }
    expect((await fetch(`${web}/praksis.atom`)).headers.get('content-type')).toContain('application/atom+xml');
    const post = await fetch(`${web}/praksis`, { method: 'POST', headers: { 'x-knutepunkt-csrf': '1' } });
    expect(post.status).toBe(404);
  });

  test('HEAD answers the status and headers of GET, without a body', async () => {
    for (const [path, status] of [
      ['/', 200],
      [`/praksis/${published.slug}`, 200],
      ['/finnes-ikke', 404],
      ['/health', 200],
      ['/robots.txt', 200],
    ] as const) {
      const get = await fetch(`${web}${path}`);
      const head = await fetch(`${web}${path}`, { method: 'HEAD' });
      expect(head.status, path).toBe(status);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      expect(await head.text()).toBe('');
    }
  });
});

describe('robots.txt', () => {
  test('on the web listener: public pages allowed, account pages not, and the sitemap', async () => {
    const res = await fetch(`${web}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('User-agent: *\nAllow: /\n');
    for (const line of [
      'Disallow: /min-side$',
      'Disallow: /logg-inn?',
      'Disallow: /registrer$',
      'Disallow: /praksis/ny$',
      'Disallow: /praksis/rediger/',
      'Disallow: /organisasjoner/*/rediger$',
      'Disallow: /organisasjoner/*/foresporsler$',
      'Disallow: /glemt-passord$',
      'Disallow: /nytt-passord?',
    ])
      expect(text.split('\n')).toContain(line);
    expect(text).not.toMatch(/Disallow: \/\n|Disallow: \/praksis\n|Disallow: \/praksis\$/);
    expect(text).toContain(`Sitemap: ${web}/sitemap.xml`);
  });

  test('on the admin listener: nothing may be indexed', async () => {
    expect(await (await fetch(`${admin}/robots.txt`)).text()).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('sitemap.xml', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'url' });
  const locs = async () => {
    const res = await fetch(`${web}/sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const doc = parser.parse(await res.text()) as { urlset: { url: Array<{ loc: string; lastmod?: string }> } };
    return doc.urlset.url;
  };

  test('lists the public pages and every published example, with absolute addresses', async () => {
    const db = server.handle.db;
    const urls = await locs();
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    for (const path of ['/', '/praksis', '/organisasjoner', '/nettverk', '/organisasjoner/trondheim-kommune'])
      expect(byLoc.has(`${web}${path}`), path).toBe(true);
    const examples = await db.practiceExample.findMany({
      where: { publishedVersionId: { not: null }, archivedAt: null },
      select: { slug: true, lastPublishedAt: true },
    });
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples)
      expect(byLoc.get(`${web}/praksis/${e.slug}`)?.lastmod).toBe(e.lastPublishedAt?.toISOString());
    for (const n of await db.network.findMany({ select: { slug: true } }))
      expect(byLoc.has(`${web}/nettverk/${n.slug}`)).toBe(true);
    expect((await fetch(`${admin}/sitemap.xml`)).status).toBe(404);
  });

  test('leaves out drafts and archived examples', async () => {
    const db = server.handle.db;
    const organisation = await db.organisation.findFirstOrThrow({ select: { id: true } });
    await db.practiceExample.create({
      data: {
        slug: 'bare-et-utkast',
        organisationId: organisation.id,
        versions: { create: { number: 1, state: 'DRAFT', title: 'Bare et utkast' } },
      },
    });
    await db.practiceExample.update({ where: { id: published.id }, data: { archivedAt: new Date() } });
    try {
      const loc = (await locs()).map((u) => u.loc);
      expect(loc).not.toContain(`${web}/praksis/bare-et-utkast`);
      expect(loc).not.toContain(`${web}/praksis/${published.slug}`);
    } finally {
      await db.practiceExample.update({ where: { id: published.id }, data: { archivedAt: null } });
    }
  });
});
