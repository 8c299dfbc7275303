import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type World, createWorld } from '@knutepunkt/api/testing';
import { sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { loadConfig } from '../config.ts';
import { CSRF_HEADER } from '../security.ts';
import { type RunningServer, startServer } from '../server.ts';
import { tinyPdf, tinyPng } from '../files/sample-files.ts';

/**
 * Speakers' photos and partners' logos over real HTTP (docs/adr/0023): uploaded on the admin
 * listener by the edition's coordinators with content-checked files, served on the web
 * listener only once the edition has a published release, cached for good.
 */
let server: RunningServer;
let web: string;
let admin: string;
let db: Db;
let world: World;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-conference-'));
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
}, 180_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

type Role = keyof World['tokens'];
interface Fields {
  target?: string;
  id?: string;
  alt?: string;
}

async function upload(role: Role | null, fields: Fields, bytes: Buffer | null = tinyPng()) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (bytes) form.append('file', new Blob([bytes]), 'bilde.png');
  const url = `${admin}${pathTo(conferencePaths.admin.imageUpload, { editionId: world.conference.editionId })}`;
  const headers: Record<string, string> = { [CSRF_HEADER]: '1' };
  if (role) headers.cookie = `${sessionCookieName('admin')}=${world.tokens[role].admin}`;
  return fetch(url, { method: 'POST', body: form, headers });
}
const fieldErrors = async (res: Response) =>
  ((await res.json()) as { error: { data: { fieldErrors: Record<string, string> } } }).error.data.fieldErrors;
const image = (key: string) => fetch(`${web}${pathTo(conferencePaths.web.image, { imageKey: key })}`);

test('the coordinator uploads a speaker’s photo; it is public only once a release is published', async () => {
  const speaker = { target: 'speaker', id: world.conference.speakers[0], alt: 'Kari Nordmann smiler mot kamera.' };
  expect((await upload(null, speaker)).status).toBe(401);
  expect((await upload('member', speaker)).status).toBe(403);
  expect((await upload('otherCoordinator', speaker)).status).toBe(404);

  const noAlt = await upload('coordinator', { ...speaker, alt: ' ' });
  expect(noAlt.status).toBe(400);
  expect(await fieldErrors(noAlt)).toHaveProperty('alt');
  const pdf = await upload('coordinator', speaker, tinyPdf());
  expect(pdf.status).toBe(415);
  expect(await fieldErrors(pdf)).toHaveProperty('file');
  expect((await upload('coordinator', speaker, null)).status).toBe(400);
  expect((await upload('coordinator', { ...speaker, target: 'session' })).status).toBe(400);
  // A speaker of no edition, or of another: 404.
  expect((await upload('coordinator', { ...speaker, id: 'ukjentforedragsholder' })).status).toBe(404);

  const res = await upload('coordinator', speaker);
  expect(res.status).toBe(200);
  const { key } = (await res.json()) as { key: string };
  expect(key).toMatch(/^[0-9a-f]{32}\.png$/);
  expect(await db.conferenceSpeaker.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({
    photoKey: key,
    photoType: 'image/png',
    photoAlt: speaker.alt,
  });
  expect(await db.auditEntry.count({ where: { entity: 'conferenceImage', entityId: key } })).toBe(1);

  // Nothing published yet: not public.
  expect((await image(key)).status).toBe(404);
  const release = await db.conferenceRelease.create({
    data: { editionId: world.conference.editionId, sequence: 1, name: 'v1', publishedAt: new Date(), snapshot: {} },
  });
  const open = await image(key);
  expect(open.status).toBe(200);
  expect(open.headers.get('content-type')).toBe('image/png');
  expect(open.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(open.headers.get('x-content-type-options')).toBe('nosniff');
  expect(Buffer.from(await open.arrayBuffer()).equals(tinyPng())).toBe(true);

  // Replaced: the old photo is gone from the row, but a published release that shows it still may.
  const second = (await (await upload('coordinator', speaker)).json()) as { key: string };
  expect(second.key).not.toBe(key);
  expect((await image(key)).status).toBe(404);
  await db.conferenceRelease.update({
    where: { id: release.id },
    data: { snapshot: { speakers: [{ photo: { key, alt: speaker.alt } }] } },
  });
  expect((await image(key)).status).toBe(200);

  for (const junk of ['ukjent.png', `${'0'.repeat(32)}.png`, `${'0'.repeat(32)}.svg`, '..%2F..%2Fetc'])
    expect((await image(junk)).status).toBe(404);
});

test('a partner’s logo: only for an organisation on the edition’s list', async () => {
  const partner = { target: 'partner', id: world.org1, alt: 'Logoen til organisasjonen.' };
  expect((await upload('coordinator', { ...partner, id: world.org2 })).status).toBe(404);
  const res = await upload('admin', partner);
  expect(res.status).toBe(200);
  const { key } = (await res.json()) as { key: string };
  const row = await db.conferencePartner.findUniqueOrThrow({
    where: { editionId_organisationId: { editionId: world.conference.editionId, organisationId: world.org1 } },
  });
  expect(row).toMatchObject({ logoKey: key, logoAlt: partner.alt });
});
