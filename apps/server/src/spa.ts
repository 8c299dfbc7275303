import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HTML_LANG } from '@knutepunkt/domain';
import { isPagePath, isServerPath } from './page-paths.ts';
import { requestLocale } from './security.ts';
import type { PageResponder } from './ssr/page-responder.ts';

export interface SpaOptions {
  /**
   * Serve `*.map` files found in the build (SERVE_SOURCE_MAPS=true). Off by default: a source
   * map hands anyone the app's whole source, comments and all. The builds make none unless
   * asked to (SOURCE_MAPS=true, for an error tracker), and even then they are not served.
   */
  serveSourceMaps?: boolean;
  /** The app's page patterns (page-paths.ts): a path matching none gets the app with status 404. */
  pagePatterns?: readonly string[];
  /** Renders pages on the server (the web app); without it every page gets the app's shell. */
  pages?: ((indexHtml: string) => PageResponder) | null;
}

/**
 * Serve a Vite build: hashed assets with long caching, and index.html for
 * every other GET or HEAD of a page path, whatever the Accept header (crawlers
 * and link previews ask with `*\/*`), so deep links and reloads work. A path
 * no page pattern matches gets the app too, with status 404: the app shows its
 * not-found page, and crawlers learn the page is not there. The page's
 * `<html lang>` is set here already, before any script runs. With a page
 * renderer (the web app, ssr/), the page comes with its content instead.
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
  const pages = indexHtml && options.pages ? options.pages(indexHtml) : null;

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?', 1)[0] ?? '/';
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    const isPage = isPagePath(options.pagePatterns ?? [], path);
    if (!isRead || isServerPath(path)) return reply.code(404).send({ error: 'not found' });
    // Without a build there is no not-found page to show either.
    if (!indexHtml && !isPage) return reply.code(404).send({ error: 'not found' });
    if (!indexHtml) return reply.code(503).type('text/plain').send('The app has not been built: run `pnpm build`.');
    // The page with its content; a path no page matches renders the app's not-found page (404).
    if (pages) return pages(req, reply, isPage);
    const lang = HTML_LANG[requestLocale(req)];
    const html = indexHtml.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
    reply
      .code(isPage ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache');
    // HEAD: the same status and headers as GET, without the page.
    if (req.method === 'HEAD') return reply.header('content-length', Buffer.byteLength(html)).send();
    return reply.send(html);
  });
}
