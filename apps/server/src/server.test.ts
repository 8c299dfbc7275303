import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSRF_HEADER } from './security.ts';
import type { RunningServer } from './server.ts';
import { startTestServer } from './test-server.ts';

/** The real server on loopback with a small stand-in build of each SPA, over real HTTP. */
let server: RunningServer;
let web: string;
let admin: string;
const logs: string[] = [];

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  server = await startTestServer({ logStream });
  web = server.listeners.web!.url;
  admin = server.listeners.admin!.url;
});
afterAll(async () => server?.close());

const post = (base: string, procedure: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...headers },
    body: JSON.stringify(body),
  });

describe('the two listeners', () => {
  test('each answers its health check', async () => {
    expect(await (await fetch(`${web}/health`)).json()).toEqual({ status: 'ok', listener: 'web' });
    expect(await (await fetch(`${admin}/health`)).json()).toEqual({ status: 'ok', listener: 'admin' });
  });

  test('admin procedures do not exist on the public listener', async () => {
    const res = await fetch(`${web}/trpc/people.list?input=${encodeURIComponent('{}')}`);
    expect(res.status).toBe(404);
    const onAdmin = await fetch(`${admin}/trpc/people.list?input=${encodeURIComponent('{}')}`);
    expect(onAdmin.status).toBe(401);
  });

  test('deep links get the app page with <html lang> from the chosen language', async () => {
    const res = await fetch(`${web}/organisasjoner/trondheim-kommune`, {
      headers: { accept: 'text/html', cookie: 'kp_locale=nn' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="nn"');
    const asset = await fetch(`${web}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${web}/nope.js`)).status).toBe(404);
  });

  test('source maps and the build manifest are not served on either listener', async () => {
    for (const base of [web, admin]) {
      expect((await fetch(`${base}/assets/app-1234.js`)).status).toBe(200);
      const map = await fetch(`${base}/assets/app-1234.js.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('"version":3');
      expect((await fetch(`${base}/.vite/manifest.json`)).status).toBe(404);
    }
  });

  test('security headers, a strict CSP among them, are on every response', async () => {
    for (const res of [await fetch(`${web}/`, { headers: { accept: 'text/html' } }), await fetch(`${admin}/health`)]) {
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('mutations', () => {
  const credentials = { email: 'admin@demo.knutepunkt.no', password: 'demo-passord-2026' };

  test('are refused without the CSRF header, or from another origin, with a translated message', async () => {
    const bare = await fetch(`${web}/trpc/account.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-locale': 'en' },
      body: JSON.stringify(credentials),
    });
    expect(bare.status).toBe(403);
    expect(((await bare.json()) as { error: { message: string } }).error.message).toMatch(/security reasons/);
    const foreign = await post(web, 'account.signIn', credentials, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  test("a page's form sent before its JavaScript took over goes back to the page, and nothing is signed in", async () => {
    const early = await fetch(`${web}/logg-inn?lang=nb`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(credentials).toString(),
      redirect: 'manual',
    });
    expect(early.status).toBe(303);
    expect(early.headers.get('location')).toBe('/logg-inn?lang=nb');
    expect(early.headers.get('set-cookie')).toBeNull();
    // Not a page: still refused as any POST without the header is.
    const api = await fetch(`${web}/api/nothing`, { method: 'POST', redirect: 'manual' });
    expect(api.status).toBe(403);
  });

  test('sign-in sets an HttpOnly SameSite cookie named per app, and the session works', async () => {
    const res = await post(admin, 'account.signIn', credentials);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kp_admin_session=[a-z2-7]{32};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const token = cookie.split(';')[0]!;
    const people = await fetch(`${admin}/trpc/people.list?input=${encodeURIComponent('{}')}`, {
      headers: { cookie: token },
    });
    expect(people.status).toBe(200);
    // The admin cookie is not a web session.
    const me = await fetch(`${web}/trpc/account.me`, { headers: { cookie: token } });
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toBeNull();
  });

  test("a web session's token is refused by the admin listener, even under the admin cookie's name", async () => {
    const res = await post(web, 'account.signIn', credentials);
    expect(res.status).toBe(200);
    const value = (res.headers.get('set-cookie') ?? '').split(';')[0]!.split('=')[1]!;
    const asAdmin = { cookie: `kp_admin_session=${value}` };
    const people = await fetch(`${admin}/trpc/people.list?input=${encodeURIComponent('{}')}`, { headers: asAdmin });
    expect(people.status).toBe(401);
    const me = await fetch(`${admin}/trpc/account.me`, { headers: asAdmin });
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toBeNull();
    // Still a web session where it belongs.
    const onWeb = await fetch(`${web}/trpc/account.me`, { headers: { cookie: `kp_session=${value}` } });
    expect(((await onWeb.json()) as { result: { data: unknown } }).result.data).not.toBeNull();
  });

  test('malformed JSON, oversized bodies and GET on a mutation are 4xx, never 500', async () => {
    const junk = await fetch(`${web}/trpc/account.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: '{"email": ',
    });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    const huge = await post(web, 'account.signIn', { email: 'x'.repeat(2_000_000), password: 'x' });
    expect(huge.status).toBe(413);
    const wrongMethod = await fetch(
      `${web}/trpc/account.signIn?input=${encodeURIComponent(JSON.stringify(credentials))}`,
    );
    expect(wrongMethod.status).toBe(405);
  });
});

test('the demo seed ran and returned its accounts for printing', () => {
  expect(server.demoAccounts.map((a) => a.email)).toContain('admin@demo.knutepunkt.no');
});

test('the logs record requests as JSON, with nothing personal in them', () => {
  const lines = logs
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.some((l) => (l.req as { path?: string } | undefined)?.path === '/trpc/account.signIn')).toBe(true);
  const text = logs.join('');
  for (const secret of [
    'admin@demo.knutepunkt.no',
    'demo-passord-2026',
    'remoteAddress',
    '"ip"',
    'kp_admin_session',
    'input=',
  ]) {
    expect(text).not.toContain(secret);
  }
});

test('each request is one JSON line: listener, method, path without query, status and time', async () => {
  const missing = '/no-such-file-for-the-log-test.js';
  expect((await fetch(`${web}${missing}?token=abc`)).status).toBe(404);
  // The line is written once the answer has gone, which can be just after the client has it.
  const lines = await eventually(() =>
    jsonLogs().filter((l) => (l.req as { path?: string } | undefined)?.path === missing),
  );
  expect(lines).toEqual([
    {
      level: 30,
      time: expect.any(Number),
      listener: 'web',
      reqId: expect.any(String),
      req: { method: 'GET', path: missing },
      res: { statusCode: 404 },
      responseTime: expect.any(Number),
      msg: 'request completed',
    },
  ]);
  expect(jsonLogs().filter((l) => l.msg === 'incoming request')).toEqual([]);
});

test('pages and answers are compressed for slow connections', async () => {
  const res = await fetch(`${web}/trpc/organisations.list?input=${encodeURIComponent('{"pageSize":50}')}`, {
    headers: { 'accept-encoding': 'br, gzip' },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-encoding')).toMatch(/br|gzip/);
});

const jsonLogs = () =>
  logs
    .join('')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** What `read` returns once it is non-empty, asking again for up to a second. */
async function eventually<T>(read: () => T[]): Promise<T[]> {
  for (let tries = 0; tries < 50; tries++) {
    const found = read();
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return read();
}
