import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDb } from '@knutepunkt/db';
import { createPostgresTestDb, postgresSkipReason } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { CSRF_HEADER } from '../security.ts';
import { type RunningServer, startServer } from '../server.ts';
import { CACHE_HEADER } from './public-cache.ts';

/** Two server instances on one PostgreSQL database, as behind a load balancer. */
let a: RunningServer | null = null;
let b: RunningServer | null = null;
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-cache-test-'));
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="nb"><body>web</body></html>');

beforeAll(async () => {
  const first = await createPostgresTestDb();
  if (!first || first.config.kind !== 'postgres') return;
  const config = {
    ...loadConfig({}, ['--demo']),
    ports: { web: 0, admin: 0 },
    listeners: ['web' as const],
    staticDirs: { web: staticDir, admin: staticDir },
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
  };
  a = await startServer(config, first);
  b = await startServer(config, await openDb({ kind: 'postgres', url: first.config.url }));
});
afterAll(async () => {
  await b?.close(); // first: a's close drops the database, which needs b's connections gone
  await a?.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const url = (server: RunningServer) =>
  `${server.listeners.web!.url}/trpc/organisations.bySlug?input=${encodeURIComponent('{"slug":"trondheim-kommune"}')}`;

async function get(target: string, init?: RequestInit) {
  const res = await fetch(target, init);
  return { res, body: await res.text() };
}

test('a write through instance A is read through instance B at once', async (ctx) => {
  if (!a || !b) return ctx.skip(postgresSkipReason);
  await get(url(b));
  const cached = await get(url(b));
  expect(cached.res.headers.get(CACHE_HEADER)).toBe('hit');
  const org = (JSON.parse(cached.body) as { result: { data: Record<string, unknown> } }).result.data;

  const signIn = await get(`${a.listeners.web!.url}/trpc/account.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ email: 'redaktor@demo.knutepunkt.no', password: 'demo-passord-2026' }),
  });
  const cookie = signIn.res.headers.get('set-cookie')!.split(';')[0]!;
  const update = await get(`${a.listeners.web!.url}/trpc/organisations.updateProfile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
    body: JSON.stringify({
      organisationId: org.id,
      description: 'Skrevet gjennom instans A.',
      email: org.email,
      phone: org.phone,
      website: org.website,
      municipality: org.municipality,
      county: org.county,
    }),
  });
  expect(update.res.status).toBe(200);

  const after = await get(url(b));
  expect(after.res.headers.get(CACHE_HEADER)).toBe('miss');
  expect(after.body).toContain('Skrevet gjennom instans A.');
  // And B's old ETag no longer matches.
  const old = cached.res.headers.get('etag')!;
  expect((await get(url(b), { headers: { 'if-none-match': old } })).res.status).toBe(200);
});
