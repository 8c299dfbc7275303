import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { registerSpa } from './spa.ts';

/** A build as `SOURCE_MAPS=true pnpm build` leaves it: the maps beside the scripts. */
const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-spa-test-'));
fs.mkdirSync(path.join(staticDir, 'assets'));
fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html lang="nb"><body>app</body></html>');
fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js.map'), '{"version":3,"sources":[]}');
afterAll(() => fs.rmSync(staticDir, { recursive: true, force: true }));

async function spa(options?: Parameters<typeof registerSpa>[2]) {
  const app = Fastify();
  await registerSpa(app, staticDir, options);
  return app;
}

describe('source maps', () => {
  test('are refused by default, while the scripts beside them are served', async () => {
    const app = await spa();
    expect((await app.inject({ url: '/assets/app-1234.js' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/assets/app-1234.js.map' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/APP-1234.JS.MAP' })).statusCode).toBe(404);
    // A browser asking for a page gets the app, never the map.
    const asPage = await app.inject({ url: '/assets/app-1234.js.map', headers: { accept: 'text/html' } });
    expect(asPage.body).not.toContain('"version":3');
    await app.close();
  });

  test('are served when the operator opts in (SERVE_SOURCE_MAPS=true)', async () => {
    const app = await spa({ serveSourceMaps: true });
    const map = await app.inject({ url: '/assets/app-1234.js.map' });
    expect(map.statusCode).toBe(200);
    expect(map.body).toContain('"version":3');
    await app.close();
  });
});
