import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type World, createWorld } from '@knutepunkt/api/testing';
import { openDb } from '@knutepunkt/db';
import { createPostgresTestDb, postgresSkipReason } from '@knutepunkt/db/testing';
import { type FrabJson, conferencePaths } from '@knutepunkt/domain';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import { publish } from './export-testing.ts';

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a release published
 * through A (its database connection, as the admin listener would) is exported by B at once,
 * though B keeps its answers in memory (the public content version tells it, docs/adr/0011).
 */
let a: RunningServer | null = null;
let b: RunningServer | null = null;
let world: World;
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-conference-test-'));
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="nb"><body>web</body></html>');

beforeAll(async () => {
  const first = await createPostgresTestDb();
  if (!first || first.config.kind !== 'postgres') return;
  const config = {
    ...loadConfig({}, []),
    ports: { web: 0, admin: 0 },
    listeners: ['web' as const],
    staticDirs: { web: staticDir, admin: staticDir },
    logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
  };
  a = await startServer(config, first);
  b = await startServer(config, await openDb({ kind: 'postgres', url: first.config.url }));
  world = await createWorld(a.handle.db);
}, 180_000);
afterAll(async () => {
  await b?.close(); // first: a's close drops the database, which needs b's connections gone
  await a?.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const url = (server: RunningServer) =>
  `${server.listeners.web!.url}${conferencePaths.web.frabJson.replace(':slug', world.conference.slug)}`;
const version = async (server: RunningServer) => {
  const res = await fetch(url(server));
  return res.status === 200 ? ((await res.json()) as FrabJson).schedule.version : res.status;
};

test('a release published through instance A is exported by instance B at once', async (ctx) => {
  if (!a || !b) return ctx.skip(postgresSkipReason);
  expect(await version(b)).toBe(404);
  expect(await version(b)).toBe(404);

  await publish(a.handle.db, world.conference.editionId, 1, 'v1');
  expect(await version(b)).toBe('v1');
  const tag = (await fetch(url(b))).headers.get('etag')!;
  expect((await fetch(url(b), { headers: { 'if-none-match': tag } })).status).toBe(304);

  await publish(a.handle.db, world.conference.editionId, 2, 'v2');
  expect(await version(b)).toBe('v2');
  expect(await version(a)).toBe('v2');
  expect((await fetch(url(b), { headers: { 'if-none-match': tag } })).status).toBe(200);
});
