import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type World, createWorld } from '@knutepunkt/api/testing';
import { sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { CSRF_HEADER } from '../security.ts';
import { type RunningServer, startServer } from '../server.ts';
import { tinyPdf, tinyPng } from '../files/sample-files.ts';

/**
 * The signed agreement of an evaluation over real HTTP (docs/adr/0025): uploaded and downloaded
 * on the admin listener by the lead and admins only, always as a download; not on the web listener.
 */
let server: RunningServer;
let web: string;
let admin: string;
let db: Db;
let world: World;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-agreement-'));
  const handle = await createTestDb();
  world = await createWorld(handle.db);
  db = handle.db;
  const config = {
    ...loadConfig({ UPLOAD_DIR: uploadDir }, []),
    ports: { web: 0, admin: 0 },
    staticDirs: { web: path.join(uploadDir, 'no-build'), admin: path.join(uploadDir, 'no-build') },
    logStream: new Writable({ write: (_chunk, _e, done) => done() }),
  };
  server = await startServer(config, handle);
  web = server.listeners.web!.url;
  admin = server.listeners.admin!.url;
}, 300_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const cookie = (role: keyof World['tokens']) => `${sessionCookieName('admin')}=${world.tokens[role].admin}`;
const evaluationId = () => world.evaluations.collecting.evaluationId;

async function upload(bytes: Buffer, name: string, role: keyof World['tokens'], altText = '') {
  const form = new FormData();
  form.append('altText', altText);
  form.append('file', new Blob([bytes]), name);
  return fetch(`${admin}/api/evaluations/${evaluationId()}/agreement`, {
    method: 'POST',
    body: form,
    headers: { cookie: cookie(role), [CSRF_HEADER]: '1' },
  });
}

test('the lead uploads the signed agreement; only the lead and admins download it, as a download', async () => {
  // No part in it: another network's coordinator 404, a team member (no admin app) 403.
  expect((await upload(tinyPdf(), 'avtale.pdf', 'otherCoordinator')).status).toBe(404);
  expect((await upload(tinyPdf(), 'avtale.pdf', 'teamMember')).status).toBe(403);
  // A scanned page needs its description, like every image; text that is not a PDF or an image is refused.
  const noAlt = await upload(tinyPng(), 'side1.png', 'lead');
  expect(noAlt.status).toBe(400);
  expect(
    ((await noAlt.json()) as { error: { data: { fieldErrors: Record<string, string> } } }).error.data.fieldErrors,
  ).toHaveProperty('altText');
  expect((await upload(Buffer.from('bare tekst'), 'avtale.pdf', 'lead')).status).toBe(415);

  const res = await upload(tinyPdf(), 'Signert avtale.png', 'lead');
  expect(res.status).toBe(200);
  const { attachment } = (await res.json()) as { attachment: { id: string; url: string; fileName: string } };
  expect(attachment.fileName).toBe('Signert avtale.pdf');
  expect(attachment.url).toBe(`/api/evaluations/${evaluationId()}/agreement/${attachment.id}`);

  const mine = await fetch(`${admin}${attachment.url}`, { headers: { cookie: cookie('lead') } });
  expect(mine.status).toBe(200);
  expect(mine.headers.get('content-disposition')).toMatch(/^attachment; filename="Signert avtale.pdf"/);
  expect(mine.headers.get('cache-control')).toBe('private');
  expect(Buffer.from(await mine.arrayBuffer()).equals(tinyPdf())).toBe(true);
  expect((await fetch(`${admin}${attachment.url}`, { headers: { cookie: cookie('admin') } })).status).toBe(200);

  expect((await fetch(`${admin}${attachment.url}`)).status).toBe(401);
  expect((await fetch(`${admin}${attachment.url}`, { headers: { cookie: cookie('otherCoordinator') } })).status).toBe(
    404,
  );
  expect((await fetch(`${admin}${attachment.url}`, { headers: { cookie: cookie('serviceContact') } })).status).toBe(
    403,
  );
  // Another evaluation's address for the same file: nothing there.
  const elsewhere = `/api/evaluations/${world.evaluations.published.evaluationId}/agreement/${attachment.id}`;
  expect((await fetch(`${admin}${elsewhere}`, { headers: { cookie: cookie('lead') } })).status).toBe(404);
  // Not served on the public listener at all.
  expect((await fetch(`${web}${attachment.url}`, { headers: { cookie: cookie('lead') } })).status).not.toBe(200);
  expect(await db.evaluationAttachment.count({ where: { evaluationId: evaluationId() } })).toBe(2);
});
