import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ContentVersion } from './content-version.ts';
import { CACHE_HEADER, type ProducedResponse, createPublicCache } from './public-cache.ts';

// The cache on its own, behind a bare Fastify route, with a version we turn by hand
// (createContentVersion is tested against the database in content-version.test.ts).
let version = 1;
const changedAt = new Date('2026-11-29T10:00:00Z');
const contentVersion: ContentVersion = { current: async () => ({ version: String(version), changedAt }) };
let produced: number;
let app: FastifyInstance;

/** Pages whose text is their URL and the number of the rendering; `?me` renders for a signed-in person. */
function build(maxBytes: number) {
  const cache = createPublicCache({ version: contentVersion, maxBytes });
  const a = Fastify();
  a.get('/page/:name', (req, reply) => {
    const signedIn = req.url.endsWith('?me');
    return cache.serve(req, reply, {
      // A signed-in person's rendering has a key no shared answer is stored under.
      key: signedIn ? `me ${req.url}` : req.url,
      vary: ['Cookie'],
      produce: async (): Promise<ProducedResponse> => {
        produced += 1;
        const status = req.url.includes('missing') ? 404 : 200;
        const body = `${signedIn ? 'personal' : 'public'} ${req.url} #${produced} ${'x'.repeat(100)}`;
        return { status, contentType: 'text/html; charset=utf-8', body, lastModified: changedAt, shared: !signedIn };
      },
    });
  });
  return a;
}

beforeEach(() => {
  version = 1;
  produced = 0;
  app = build(1024 * 1024);
});
afterEach(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

test('the second request is a hit with the same body and validators; a new version makes a miss', async () => {
  const first = await get('/page/a');
  expect(first.headers[CACHE_HEADER]).toBe('miss');
  const second = await get('/page/a');
  expect(second.headers[CACHE_HEADER]).toBe('hit');
  expect(second.body).toBe(first.body);
  expect(second.headers.etag).toBe(first.headers.etag);
  expect(first.headers.etag).toMatch(/^W\/"1-[\w-]+"$/);
  expect(second.headers['last-modified']).toBe(changedAt.toUTCString());
  expect(second.headers['cache-control']).toBe('public, no-cache');
  expect(second.headers.vary).toBe('Cookie');
  version = 2;
  const third = await get('/page/a');
  expect(third.headers[CACHE_HEADER]).toBe('miss');
  expect(third.body).toContain('#2');
  expect(third.headers.etag).not.toBe(first.headers.etag);
});

test('If-None-Match and If-Modified-Since answer 304 without a body; a stale tag gets the page', async () => {
  const { headers } = await get('/page/a');
  const notModified = await get('/page/a', { 'if-none-match': String(headers.etag) });
  expect(notModified.statusCode).toBe(304);
  expect(notModified.body).toBe('');
  expect(notModified.headers.etag).toBe(headers.etag);
  expect((await get('/page/a', { 'if-none-match': `"x", ${String(headers.etag).slice(2)}` })).statusCode).toBe(304);
  expect((await get('/page/a', { 'if-modified-since': changedAt.toUTCString() })).statusCode).toBe(304);
  const earlier = new Date(changedAt.getTime() - 1000).toUTCString();
  expect((await get('/page/a', { 'if-modified-since': earlier })).statusCode).toBe(200);
  // If-None-Match decides when both are sent.
  expect(
    (await get('/page/a', { 'if-none-match': '"other"', 'if-modified-since': changedAt.toUTCString() })).statusCode,
  ).toBe(200);
  version = 2;
  expect((await get('/page/a', { 'if-none-match': String(headers.etag) })).statusCode).toBe(200);
});

test('HEAD is answered like GET, without a body', async () => {
  const got = await get('/page/a');
  const head = await app.inject({ method: 'HEAD', url: '/page/a' });
  expect(head.statusCode).toBe(200);
  expect(head.body).toBe('');
  expect(head.headers['content-length']).toBe(String(Buffer.byteLength(got.body)));
  expect(head.headers[CACHE_HEADER]).toBe('hit');
});

test('an answer for one person is never stored, nor served to anyone else, and may not be kept by proxies', async () => {
  const mine = await get('/page/a?me');
  expect(mine.headers[CACHE_HEADER]).toBe('bypass');
  expect(mine.headers['cache-control']).toBe('private, no-store');
  expect(mine.headers.vary).toBeUndefined();
  const again = await get('/page/a?me');
  expect(again.headers[CACHE_HEADER]).toBe('bypass');
  expect(again.body).toContain('#2');
  const anonymous = await get('/page/a');
  expect(anonymous.headers[CACHE_HEADER]).toBe('miss');
  expect(anonymous.body).toMatch(/^public/);
});

test('only 200s are stored', async () => {
  expect((await get('/page/missing')).statusCode).toBe(404);
  const again = await get('/page/missing');
  expect(again.headers[CACHE_HEADER]).toBe('miss');
  expect(again.body).toContain('#2');
});

test('memory is bounded: the least recently used entry goes first', async () => {
  await app.close();
  // Each entry is ~150 bytes of body and key plus 256 of bookkeeping: room for two.
  app = build(900);
  await get('/page/a');
  await get('/page/b');
  await get('/page/a'); // a is now the more recently used
  await get('/page/c'); // evicts b
  expect((await get('/page/a')).headers[CACHE_HEADER]).toBe('hit');
  expect((await get('/page/b')).headers[CACHE_HEADER]).toBe('miss');
});

test('0 bytes turns caching off; the headers stay', async () => {
  await app.close();
  app = build(0);
  await get('/page/a');
  const second = await get('/page/a');
  expect(second.headers[CACHE_HEADER]).toBe('bypass');
  expect(second.body).toContain('#2');
  expect(second.headers['cache-control']).toBe('public, no-cache');
  expect(second.headers.etag).toMatch(/^W\/"[\w-]+"$/);
});

test('an answer made from an older version than one already seen is not stored', async () => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const cache = createPublicCache({ version: contentVersion, maxBytes: 1 << 20 });
  const a = Fastify();
  a.get('/slow', (req, reply) =>
    cache.serve(req, reply, {
      key: 'slow',
      produce: async () => {
        if (req.headers['x-hold']) await held;
        return { status: 200, contentType: 'text/plain', body: `made at ${req.headers['x-made']}`, shared: true };
      },
    }),
  );
  const slow = a.inject({ method: 'GET', url: '/slow', headers: { 'x-hold': '1', 'x-made': '1' } });
  await new Promise((r) => setTimeout(r, 20));
  version = 2;
  expect((await a.inject({ method: 'GET', url: '/slow', headers: { 'x-made': '2' } })).body).toBe('made at 2');
  release();
  await slow;
  const after = await a.inject({ method: 'GET', url: '/slow', headers: { 'x-made': '3' } });
  expect(after.headers[CACHE_HEADER]).toBe('hit');
  expect(after.body).toBe('made at 2');
  await a.close();
});
