import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSRF_HEADER } from '../security.ts';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';
import { CACHE_HEADER } from './public-cache.ts';
import { publicReadPaths } from './trpc-public-reads.ts';

/** The real server (PGlite, demo data) over HTTP: public reads through the cache. */
let server: RunningServer;
let web: string;
beforeAll(async () => {
  server = await startTestServer();
  web = server.listeners.web!.url;
});
afterAll(async () => server?.close());

/** fetch, with the body read: an unread body keeps its connection busy, and the server's close() waits for it. */
async function get(url: string, init?: RequestInit): Promise<{ res: Response; body: string }> {
  const res = await fetch(url, init);
  return { res, body: await res.text() };
}

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
const orgUrl = () => `${web}/trpc/organisations.bySlug?${input({ slug: 'trondheim-kommune' })}`;

async function signIn(email: string): Promise<string> {
  const res = await fetch(`${web}/trpc/account.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ email, password: 'demo-passord-2026' }),
  });
  expect(res.status).toBe(200);
  await res.text();
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

test('only requests whose every path is a public read are cached', () => {
  expect(publicReadPaths('/trpc/organisations.list?input=%7B%7D')).toEqual(['organisations.list']);
  expect(publicReadPaths('/trpc/networks.list,practice.grid?batch=1')).toEqual(['networks.list', 'practice.grid']);
  expect(publicReadPaths('/trpc/networks.list%2Cpractice.grid?batch=1')).toEqual(['networks.list', 'practice.grid']);
  expect(publicReadPaths('/trpc/networks.list,account.me?batch=1')).toBeNull();
  expect(publicReadPaths('/trpc/account.me')).toBeNull();
  expect(publicReadPaths('/trpc/%E0%A4%A')).toBeNull();
  expect(publicReadPaths('/organisations.list')).toBeNull();
});

describe('public reads over HTTP', () => {
  test('the second identical read is a hit, with the same answer and headers for proxies', async () => {
    const url = `${web}/trpc/networks.list,practice.grid?batch=1&${input({})}`;
    const { res: first, body } = await get(url);
    expect(first.status).toBe(200);
    expect(first.headers.get(CACHE_HEADER)).toBe('miss');
    const { res: second, body: again } = await get(url);
    expect(second.headers.get(CACHE_HEADER)).toBe('hit');
    expect(again).toBe(body);
    expect(second.headers.get('content-type')).toContain('application/json');
    expect(second.headers.get('cache-control')).toBe('public, no-cache');
    expect(second.headers.get('vary')).toMatch(/Cookie/);
    expect(second.headers.get('vary')).toMatch(/Accept-Language/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('last-modified')).toBeTruthy();
    // The security headers are on cached answers too.
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  test('ETag gives 304 without a body; HEAD gives the headers and the length', async () => {
    const { res: got, body } = await get(orgUrl());
    const etag = got.headers.get('etag')!;
    const revalidated = await get(orgUrl(), { headers: { 'if-none-match': etag } });
    expect(revalidated.res.status).toBe(304);
    expect(revalidated.body).toBe('');
    const head = await get(orgUrl(), { method: 'HEAD' });
    expect(head.res.status).toBe(200);
    expect(head.res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(head.body).toBe('');
  });

  test('a write through the API makes the next read a miss with the new content', async () => {
    await get(orgUrl());
    expect((await get(orgUrl())).res.headers.get(CACHE_HEADER)).toBe('hit');
    const cookie = await signIn('redaktor@demo.knutepunkt.no');
    const current = JSON.parse((await get(orgUrl())).body) as { result: { data: Record<string, unknown> } };
    const org = current.result.data;
    const update = await get(`${web}/trpc/organisations.updateProfile`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
      body: JSON.stringify({
        organisationId: org.id,
        description: 'Ny beskrivelse fra testen.',
        email: org.email,
        phone: org.phone,
        website: org.website,
        municipality: org.municipality,
        county: org.county,
      }),
    });
    expect(update.res.status).toBe(200);
    const after = await get(orgUrl());
    expect(after.res.headers.get(CACHE_HEADER)).toBe('miss');
    expect(after.body).toContain('Ny beskrivelse fra testen.');
  });

  test('a signed-in person gets the shared answer of a read that is the same for everyone', async () => {
    const url = `${web}/trpc/organisations.list?${input({ page: 1, pageSize: 5 })}`;
    const anonymous = (await get(url)).body;
    const cookie = await signIn('medlem@demo.knutepunkt.no');
    const signedIn = await get(url, { headers: { cookie } });
    expect(signedIn.res.headers.get(CACHE_HEADER)).toBe('hit');
    expect(signedIn.body).toBe(anonymous);
    expect(signedIn.res.headers.get('set-cookie')).toBeNull();
  });

  test('errors are in the asker’s language and not stored', async () => {
    const url = `${web}/trpc/practice.bySlug?${input({ slug: 'finnes-ikke' })}`;
    const en = await get(url, { headers: { 'x-locale': 'en' } });
    expect(en.res.status).toBe(404);
    const nb = await get(url, { headers: { 'x-locale': 'nb' } });
    expect(nb.body).not.toBe(en.body);
    expect((await get(url, { headers: { 'x-locale': 'en' } })).res.headers.get(CACHE_HEADER)).toBe('miss');
  });

  test('other procedures are not touched by the cache', async () => {
    const { res } = await get(`${web}/trpc/account.me`);
    expect(res.headers.get(CACHE_HEADER)).toBeNull();
  });
});
