import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TEST_RAW_DATA_KEYRING, type World, createWorld } from '@knutepunkt/api/testing';
import { sessionCookieName } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';

/**
 * The lead's raw-data export over real HTTP (docs/adr/0025): a zip for the lead, recorded as
 * one raw read; 404 for a coordinator who is not the lead; 403 for an admin until she breaks
 * the glass.
 */
let server: RunningServer;
let admin: string;
let db: Db;
let world: World;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-raw-export-'));
  const handle = await createTestDb();
  world = await createWorld(handle.db);
  db = handle.db;
  const config = {
    ...loadConfig({ UPLOAD_DIR: dir }, []),
    listeners: ['admin' as const],
    ports: { web: 0, admin: 0 },
    staticDirs: { web: dir, admin: dir },
    logStream: new Writable({ write: (_chunk, _e, done) => done() }),
    // The world's notes are sealed with the test key.
    evaluationDataKey: { kind: 'keys' as const, current: TEST_RAW_DATA_KEYRING.current.key, previous: [] },
  };
  server = await startServer(config, handle);
  admin = server.listeners.admin!.url;
}, 300_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const exportOf = (role: keyof World['tokens']) =>
  fetch(
    `${admin}${pathTo(evaluationPaths.admin.rawExport, { evaluationId: world.evaluations.collecting.evaluationId })}`,
    {
      headers: { cookie: `${sessionCookieName('admin')}=${world.tokens[role].admin}` },
    },
  );

/** The names in a zip's central directory (what `unzip -l` lists). */
function zipNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

test('the lead downloads a zip of the raw data, recorded as one read', async () => {
  const { collecting } = world.evaluations;
  const response = await exportOf('lead');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/zip');
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="raadata-bsb-moteplassen-2026\.zip"$/,
  );
  expect(response.headers.get('cache-control')).toBe('no-store');
  const zip = Buffer.from(await response.arrayBuffer());
  // The world's collecting evaluation has two questionnaires: one open with a scale question, one draft.
  expect(zipNames(zip).sort()).toEqual([
    'README.md',
    'intervjuer.csv',
    'notater/G1.md',
    'sporreskjema-1.csv',
    'sporreskjema-2.csv',
  ]);
  // And an unzip of the system reads it the same, with the note's text in the interview's file.
  const file = path.join(dir, 'export.zip');
  fs.writeFileSync(file, zip);
  let unzip = true;
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
  } catch {
    unzip = false;
  }
  if (unzip) {
    expect(execFileSync('unzip', ['-l', file], { encoding: 'utf8' })).toContain('notater/G1.md');
    const notes = execFileSync('unzip', ['-p', file, 'notater/G1.md'], { encoding: 'utf8' });
    expect(notes).toContain(collecting.noteText);
    expect(notes).toContain('### Hvordan ble du møtt første gang du kom?');
    expect(execFileSync('unzip', ['-p', file, 'README.md'], { encoding: 'utf8' })).toContain('personopplysninger');
    expect(execFileSync('unzip', ['-p', file, 'intervjuer.csv'], { encoding: 'utf8' })).toContain(
      'G1,Gruppeintervju,2026-10-12,5',
    );
  }
  const reads = await db.evaluationRawRead.findMany({
    where: { evaluationId: collecting.evaluationId, recordKind: 'export' },
  });
  expect(reads.map((r) => [r.actorId, r.recordId, r.breakGlassId])).toEqual([
    [world.userIds.lead, collecting.evaluationId, null],
  ]);
});

test('a coordinator who is not the lead, or a member, gets 404; an admin 403 until she breaks the glass', async () => {
  expect((await exportOf('coordinator')).status).toBe(404);
  // Without the admin app at all it is the same: nothing here for them.
  expect((await exportOf('member')).status).toBe(404);
  const refused = await exportOf('admin');
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/bryte glasset/);
  const grant = await db.evaluationBreakGlass.create({
    data: {
      evaluationId: world.evaluations.collecting.evaluationId,
      adminId: world.userIds.admin,
      reason: 'Teamet trenger hjelp.',
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  expect((await exportOf('admin')).status).toBe(200);
  const read = await db.evaluationRawRead.findFirst({ where: { actorId: world.userIds.admin, recordKind: 'export' } });
  expect(read?.breakGlassId).toBe(grant.id);
});
