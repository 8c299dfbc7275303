import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type World, createWorld } from '@knutepunkt/api/testing';
import { sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from '../config.ts';
import { CSRF_HEADER } from '../security.ts';
import { type RunningServer, startServer } from '../server.ts';
import { tinyPdf, tinyPng } from './sample-files.ts';

/** The real server over real HTTP: uploads as a browser's FormData sends them, files on a temporary disk. */
let server: RunningServer;
let web: string;
let admin: string;
let db: Db;
let world: World;
let uploadDir: string;
const logs: string[] = [];

beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-uploads-'));
  const handle = await createTestDb();
  world = await createWorld(handle.db);
  db = handle.db;
  const config = {
    ...loadConfig({ UPLOAD_DIR: uploadDir }, []),
    ports: { web: 0, admin: 0 },
    staticDirs: { web: path.join(uploadDir, 'no-build'), admin: path.join(uploadDir, 'no-build') },
    logStream: new Writable({ write: (chunk, _e, done) => done(void logs.push(String(chunk))) }),
  };
  server = await startServer(config, handle);
  web = server.listeners.web!.url;
  admin = server.listeners.admin!.url;
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

// ------------------------------------------------------------------ helpers

const cookie = (role: keyof World['tokens'], app: 'web' | 'admin' = 'web') =>
  `${sessionCookieName(app)}=${world.tokens[role][app]}`;

interface UploadOptions {
  role?: keyof World['tokens'] | null;
  exampleId?: string;
  altText?: string | null;
  csrf?: boolean;
}

/** Messages follow the signed-in person's chosen language (as in the API), so choose one for a while. */
async function inLanguage(locale: 'nb' | 'nn' | 'en', work: () => Promise<void>) {
  await db.user.update({ where: { id: world.userIds.editor }, data: { locale } });
  try {
    await work();
  } finally {
    await db.user.update({ where: { id: world.userIds.editor }, data: { locale: 'nb' } });
  }
}

async function upload(bytes: Buffer, fileName: string, opts: UploadOptions = {}) {
  const form = new FormData();
  if (opts.altText !== null) form.append('altText', opts.altText ?? 'Et blått kvadrat');
  form.append('file', new Blob([bytes], { type: 'image/png' }), fileName);
  const headers: Record<string, string> = {};
  if (opts.csrf !== false) headers[CSRF_HEADER] = '1';
  const role = opts.role === undefined ? 'editor' : opts.role;
  if (role) headers.cookie = cookie(role);
  const res = await fetch(`${web}/api/practice/${opts.exampleId ?? world.practice.draft.exampleId}/attachments`, {
    method: 'POST',
    headers,
    body: form,
  });
  const body = (await res.json()) as {
    attachment?: { id: string; url: string; fileName: string; mimeType: string; size: number; altText: string };
    error?: { message: string; data: { fieldErrors: Record<string, string> } };
  };
  return { status: res.status, ...body };
}

const get = (url: string, role?: keyof World['tokens']) =>
  fetch(`${web}${url}`, role ? { headers: { cookie: cookie(role) } } : {});

/** Every file in the upload folder, to check that refusals store nothing. */
function storedFiles(): string[] {
  return fs
    .readdirSync(uploadDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

async function nothingStoredBy(work: () => Promise<unknown>) {
  const [rows, files] = [await db.practiceAttachment.count(), storedFiles().length];
  await work();
  expect(await db.practiceAttachment.count()).toBe(rows);
  expect(storedFiles().length).toBe(files);
}

async function trpc(base: string, procedure: string, input: unknown, sessionCookie: string) {
  const res = await fetch(`${base}/trpc/${procedure}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie: sessionCookie },
    body: JSON.stringify(input),
  });
  expect(res.status, `${procedure}: ${await res.clone().text()}`).toBe(200);
  return res.json();
}

// ------------------------------------------------------------------ tests

describe('uploading', () => {
  test('a real PNG: stored, recorded, and served back to its editor with the right headers', async () => {
    const png = tinyPng();
    const res = await upload(png, 'bilde.png');
    expect(res.status).toBe(200);
    expect(res.attachment).toMatchObject({
      fileName: 'bilde.png',
      mimeType: 'image/png',
      size: png.length,
      altText: 'Et blått kvadrat',
    });
    const row = await db.practiceAttachment.findUniqueOrThrow({ where: { id: res.attachment!.id } });
    expect(row).toMatchObject({ uploadedById: world.userIds.editor, exampleId: world.practice.draft.exampleId });
    expect(row.storageKey).not.toContain('bilde');
    expect(
      await db.auditEntry.count({ where: { entity: 'practiceAttachment', entityId: row.id, action: 'create' } }),
    ).toBe(1);

    const served = await get(res.attachment!.url, 'editor');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('private');
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="bilde.png"; filename*=UTF-8''bilde.png`);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  test('a PDF sent as "rapport.png" is stored and served as a PDF, in a sandbox, no text alternative needed', async () => {
    const res = await upload(tinyPdf(), 'rapport.png', { altText: null });
    expect(res.status).toBe(200);
    expect(res.attachment).toMatchObject({ mimeType: 'application/pdf', fileName: 'rapport.pdf', altText: '' });
    const served = await get(res.attachment!.url, 'editor');
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-security-policy')).toBe('sandbox');
    expect((await served.text()).startsWith('%PDF-1.4')).toBe(true);
  });

  test.each([
    ['a Windows program', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1')],
    ['an HTML page', Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>')],
    ['an SVG with a script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
  ])('%s called .png is refused (415), with a translated message, and nothing is stored', async (_what, bytes) => {
    await inLanguage('en', () =>
      nothingStoredBy(async () => {
        const res = await upload(bytes, 'ferie.png');
        expect(res.status).toBe(415);
        expect(res.error?.message).toBe(
          'This type of file cannot be uploaded. You can upload images (PNG, JPEG, WebP or GIF) and PDF files.',
        );
        expect(res.error?.data.fieldErrors.file).toBe(res.error?.message);
      }),
    );
  });

  test("too large: 413 with the limit in the message, in the asker's language, and nothing stored", async () => {
    await nothingStoredBy(async () => {
      const image = Buffer.concat([tinyPng(), Buffer.alloc(10 * 1024 * 1024)]);
      await inLanguage('nn', async () => {
        const res = await upload(image, 'stort.png');
        expect(res.status).toBe(413);
        expect(res.error?.message).toBe('Biletet er for stort. Eit bilete kan vere høgst 10 MB.');
      });
      const pdf = Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]);
      const big = await upload(pdf, 'stor.pdf', { altText: null });
      expect(big.status).toBe(413);
      expect(big.error?.message).toBe('PDF-filen er for stor. En PDF-fil kan være høyst 20 MB.');
    });
  });

  test('an image needs a text alternative (400, on the altText field); an empty form has no file (400)', async () => {
    await nothingStoredBy(async () => {
      const res = await upload(tinyPng(), 'bilde.png', { altText: '   ' });
      expect(res.status).toBe(400);
      expect(res.error?.data.fieldErrors.altText).toMatch(/alternativ tekst/);
      const form = new FormData();
      form.append('altText', 'x');
      const empty = await fetch(`${web}/api/practice/${world.practice.draft.exampleId}/attachments`, {
        method: 'POST',
        headers: { [CSRF_HEADER]: '1', cookie: cookie('editor') },
        body: form,
      });
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as { error: { message: string } }).error.message).toBe('Velg en fil å laste opp.');
    });
  });

  test('the same rights as the API: 401 without a session, 403 for a member, 404 for another organisation, 403 without the CSRF header', async () => {
    await nothingStoredBy(async () => {
      expect((await upload(tinyPng(), 'a.png', { role: null })).status).toBe(401);
      expect((await upload(tinyPng(), 'a.png', { role: 'member' })).status).toBe(403);
      const other = await upload(tinyPng(), 'a.png', { role: 'otherEditor' });
      expect(other.status).toBe(404);
      expect(other.error?.message).toBe('Vi fant ikke det du lette etter.');
      expect((await upload(tinyPng(), 'a.png', { exampleId: 'no-such-example' })).status).toBe(404);
      expect((await upload(tinyPng(), 'a.png', { exampleId: '..%2F..%2Fetc' })).status).toBe(404);
      expect((await upload(tinyPng(), 'a.png', { csrf: false })).status).toBe(403);
      // In review: the text cannot be changed now, and neither can the attachments.
      expect((await upload(tinyPng(), 'a.png', { exampleId: world.practice.inReview.exampleId })).status).toBe(409);
    });
  });

  test('a path in the file name is harmless: it names nothing on disk and is dropped from the shown name', async () => {
    const res = await upload(tinyPng(), '../../../../etc/passwd.png');
    expect(res.status).toBe(200);
    expect(res.attachment?.fileName).toBe('passwd.png');
    for (const file of storedFiles()) expect(path.relative(uploadDir, file)).toMatch(/^practice[/\\][0-9a-f]{32}$/);
    // The name in the address is cosmetic; a traversal there finds nothing else.
    expect((await get(`/vedlegg/${res.attachment!.id}/..%2F..%2Fetc%2Fpasswd`, 'editor')).status).toBe(200);
    expect((await get('/vedlegg/..%2F..%2Fetc/passwd', 'editor')).status).toBe(404);
    expect((await get('/vedlegg/../../etc/passwd', 'editor')).status).toBe(404);
  });
});

describe('serving', () => {
  test("a draft's attachment is 404 for the public and other organisations, 200 for its editor", async () => {
    const { attachment } = await upload(tinyPng(), 'utkast.png');
    expect((await get(attachment!.url)).status).toBe(404);
    expect((await get(attachment!.url, 'otherEditor')).status).toBe(404);
    expect((await get(attachment!.url, 'coordinator')).status).toBe(404);
    expect((await get(attachment!.url, 'editor')).status).toBe(200);
    expect((await get('/vedlegg/no-such-id/x.png')).status).toBe(404);
  });

  test('added during a revision: public only once the revision is published, then cached publicly', async () => {
    const { exampleId } = world.practice.published;
    await trpc(web, 'practice.startRevision', { exampleId }, cookie('editor'));
    const { attachment } = await upload(tinyPdf(), 'årsrapport 2026.pdf', { exampleId, altText: null });
    expect(attachment?.fileName).toBe('årsrapport 2026.pdf');
    expect((await get(attachment!.url)).status).toBe(404);

    const revision = await db.practiceVersion.findFirstOrThrow({ where: { exampleId, state: 'DRAFT' } });
    await trpc(web, 'practice.submit', { versionId: revision.id }, cookie('editor'));
    expect((await get(attachment!.url, 'coordinator')).status).toBe(200);
    await trpc(admin, 'practice.publish', { versionId: revision.id }, cookie('coordinator', 'admin'));

    const served = await get(attachment!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(served.headers.get('content-disposition')).toBe(
      `inline; filename="_rsrapport 2026.pdf"; filename*=UTF-8''%C3%A5rsrapport%202026.pdf`,
    );
  });

  test('deleting through tRPC removes the row and the file', async () => {
    const { attachment } = await upload(tinyPng(), 'slett.png');
    const before = storedFiles().length;
    await trpc(web, 'practice.deleteAttachment', { attachmentId: attachment!.id }, cookie('editor'));
    expect(storedFiles().length).toBe(before - 1);
    expect((await get(attachment!.url, 'editor')).status).toBe(404);
  });
});

test('nothing above was a fault of ours', () => {
  expect(logs.join('')).not.toMatch(/"level":50/);
});
