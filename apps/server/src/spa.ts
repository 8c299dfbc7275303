import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HTML_LANG } from '@knutepunkt/domain';
import { requestLocale } from './security.ts';

export interface SpaOptions {
  /**
   * Serve `*.map` files found in the build (SERVE_SOURCE_MAPS=true). Off by default: a source
   * map hands anyone the app's whole source, comments and all. The builds make none unless
   * asked to (SOURCE_MAPS=true, for an error tracker), and even then they are not served.
   */
  serveSourceMaps?: boolean;
}

/**
 * Serve a Vite build: hashed assets with long caching, and index.html for
 * every other GET that wants a page, so deep links and reloads work. The
 * page's `<html lang>` is set here already, before any script runs.
 */
export async function registerSpa(app: FastifyInstance, staticDir: string, options: SpaOptions = {}): Promise<void> {
  const indexPath = path.join(staticDir, 'index.html');
  const hasBuild = fs.existsSync(indexPath);
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      // A refused file is answered as a path that does not exist (see the not-found handler below).
      allowedPath: (pathname) => options.serveSourceMaps === true || !/\.map$/i.test(pathname),
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = hasBuild ? fs.readFileSync(indexPath, 'utf8') : null;

  app.setNotFoundHandler(async (req, reply) => {
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/trpc') && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return reply.code(404).send({ error: 'not found' });
    if (!indexHtml) return reply.code(503).type('text/plain').send('The app has not been built: run `pnpm build`.');
    const lang = HTML_LANG[requestLocale(req)];
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`));
  });
}
