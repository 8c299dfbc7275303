import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type World, createWorld } from '@knutepunkt/api/testing';
import type { Db } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { REPO_ROOT, type ServerConfig, loadConfig } from './config.ts';
import { type RunningServer, startServer } from './server.ts';

/** The web app's real builds (`pnpm build`; turbo builds them before the server's tests). */
export const WEB_BUILD = path.join(REPO_ROOT, 'apps/web/dist');
export const WEB_SSR_BUILD = path.join(REPO_ROOT, 'apps/web/dist-ssr');

export interface TestServerOptions {
  /** Where the logs go (default: nowhere). */
  logStream?: Writable;
  /**
   * Serve the web app's real build and render its pages on the server, as in production.
   * Without it, each app is a small stand-in page and nothing is rendered on the server.
   */
  renderPages?: boolean;
  /** Run the job queue (and, with `env`'s SMTP settings, e-mail delivery); off by default, it costs a second or two. */
  jobs?: boolean;
  /** Settings read by loadConfig, such as SMTP_URL and MAIL_FROM. */
  env?: NodeJS.ProcessEnv;
  /** Settings to change, such as OpenID Connect providers (oidcProviders) and the site's address (publicUrl). */
  config?: Partial<ServerConfig>;
}

/**
 * For tests: the real server with the demo seed on loopback (ports chosen by
 * the system), on a fresh test database, with a small stand-in build of each SPA
 * (or the web app's real one, see TestServerOptions).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const logStream = options.logStream ?? discard();
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
    ...loadConfig(options.env ?? {}, ['--demo']),
    jobs: options.jobs ?? false,
    logStream,
    ports: { web: 0, admin: 0 },
    staticDirs: { web: path.join(staticRoot, 'web'), admin: path.join(staticRoot, 'admin') },
    webSsrDir: path.join(staticRoot, 'no-ssr'),
    ...options.config,
  };
  if (options.renderPages) {
    for (const build of [WEB_BUILD, WEB_SSR_BUILD])
      if (!fs.existsSync(build)) throw new Error(`${build} is missing: run \`pnpm build\` first`);
    config.staticDirs.web = WEB_BUILD;
    config.webSsrDir = WEB_SSR_BUILD;
  }
  return startServer(config, await createTestDb());
}

/**
 * For tests of the web listener's routes on the API's test world (not the demo seed): the
 * server on loopback with the web listener only, its database and the world, and the address.
 */
export async function startWorldServer(): Promise<{ server: RunningServer; db: Db; world: World; web: string }> {
  const handle = await createTestDb();
  const world = await createWorld(handle.db);
  const config = {
    ...loadConfig({}, []),
    listeners: ['web' as const],
    ports: { web: 0, admin: 0 },
    logStream: discard(),
  };
  const server = await startServer({ ...config, staticDirs: { web: os.tmpdir(), admin: os.tmpdir() } }, handle);
  return { server, db: handle.db, world, web: server.listeners.web!.url };
}

/** Logs a test does not read: kept out of the test output. */
function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
