import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from './config.ts';
import { type RunningServer, startServer } from './server.ts';

/**
 * For tests: the real server with the demo seed on loopback (ports chosen by
 * the system), on a fresh test database, with a small stand-in build of each SPA.
 * Logs go to `logStream` (default: nowhere).
 */
export async function startTestServer(logStream: Writable = discard()): Promise<RunningServer> {
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-server-test-'));
  for (const name of ['web', 'admin']) {
    fs.mkdirSync(path.join(staticRoot, name, 'assets'), { recursive: true });
    fs.writeFileSync(
      path.join(staticRoot, name, 'index.html'),
      `<!doctype html><html lang="nb"><body>${name}</body></html>`,
    );
    fs.writeFileSync(path.join(staticRoot, name, 'assets', 'app-1234.js'), 'console.log(1)');
    // As a build with SOURCE_MAPS=true leaves them: beside the scripts, in the served folder.
    fs.writeFileSync(path.join(staticRoot, name, 'assets', 'app-1234.js.map'), '{"version":3,"sources":[]}');
    fs.mkdirSync(path.join(staticRoot, name, '.vite'));
    fs.writeFileSync(path.join(staticRoot, name, '.vite', 'manifest.json'), '{}');
  }
  const config = {
    ...loadConfig({}, ['--demo']),
    logStream,
    ports: { web: 0, admin: 0 },
    staticDirs: { web: path.join(staticRoot, 'web'), admin: path.join(staticRoot, 'admin') },
  };
  return startServer(config, await createTestDb());
}

/** Logs a test does not read: kept out of the test output. */
function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
