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
import { tinyPdf, tinyPng } from './sample-files.ts';

/**
 * The minutes' attachments over real HTTP (docs/adr/0020): uploaded on the admin listener by the
 * meeting's coordinators with the practice bank's checks, served on the web listener only to
 * those who may read the minutes.
 */
let server: RunningServer;
let web: string;
let admin: string;
let db: Db;
let world: World;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-minutes-'));
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
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

const cookie = (role: keyof World['tokens'], app: 'web' | 'admin') =>
  `${sessionCookieName(app)}=${world.tokens[role][app]}`;

async function upload(bytes: Buffer, name: string, role: keyof World['tokens'], altText = '') {
  const form = new FormData();
  form.append('altText', altText);
  form.append('file', new Blob([bytes]), name);
  const meetingId = world.meetings.started.meetingId;
  return fetch(`${admin}/api/meetings/${meetingId}/minutes/attachments`, {
    method: 'POST',
    body: form,
    headers: { cookie: cookie(role, 'admin'), [CSRF_HEADER]: '1' },
  });
}

test('the coordinator uploads; the file follows the minutes’ audience; an image needs its text alternative', async () => {
  // Another network's coordinator: not theirs.
  expect((await upload(tinyPdf(), 'lysark.pdf', 'otherCoordinator')).status).toBe(404);
  const refused = await upload(tinyPng(), 'bilde.png', 'coordinator');
  expect(refused.status).toBe(400);
  expect(
    ((await refused.json()) as { error: { data: { fieldErrors: Record<string, string> } } }).error.data.fieldErrors,
  ).toHaveProperty('altText');

  const res = await upload(tinyPdf(), 'Lysark fra dagen.png', 'coordinator');
  expect(res.status).toBe(200);
  const { attachment } = (await res.json()) as { attachment: { url: string; fileName: string } };
  expect(attachment.fileName).toBe('Lysark fra dagen.pdf');

  // The world's minutes are public: anyone gets the file, cacheable, sandboxed.
  const open = await fetch(`${web}${attachment.url}`);
  expect(open.status).toBe(200);
  expect(open.headers.get('content-type')).toBe('application/pdf');
  expect(open.headers.get('cache-control')).toBe('public, max-age=86400');
  expect(open.headers.get('content-security-policy')).toBe('sandbox');
  expect(Buffer.from(await open.arrayBuffer()).equals(tinyPdf())).toBe(true);

  // For the participants only: a visitor and another network's editor get a 404, the participant the file.
  await db.meetingMinutes.update({
    where: { meetingId: world.meetings.started.meetingId },
    data: { visibility: 'participants' },
  });
  const meetingId = world.meetings.started.meetingId;
  await db.meetingRegistration.upsert({
    where: { meetingId_userId: { meetingId, userId: world.userIds.member } },
    create: { meetingId, userId: world.userIds.member, status: 'confirmed', position: 99 },
    update: { status: 'confirmed' },
  });
  expect((await fetch(`${web}${attachment.url}`)).status).toBe(404);
  expect((await fetch(`${web}${attachment.url}`, { headers: { cookie: cookie('otherEditor', 'web') } })).status).toBe(
    404,
  );
  const mine = await fetch(`${web}${attachment.url}`, { headers: { cookie: cookie('member', 'web') } });
  expect(mine.status).toBe(200);
  expect(mine.headers.get('cache-control')).toBe('private');
});
