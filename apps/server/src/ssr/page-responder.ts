import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '@knutepunkt/db';
import type { RawDataKeyring } from '@knutepunkt/api';
import { HTML_LANG, isLocale, type Locale } from '@knutepunkt/domain';
import { baseUrl } from '../feed/atom.ts';
import { requestLocale } from '../security.ts';
import { renderedUrl } from '../page-paths.ts';
import { pageDocument, shellDocument } from './page-document.ts';
import { createProcedureCall } from './procedure-call.ts';
import type { ProducedResponse, PublicCache } from '../cache/public-cache.ts';
import type { PageRenderer } from './renderer.ts';

/** A render that takes longer than this is abandoned for the plain shell (the browser renders it). */
const RENDER_TIMEOUT_MS = 5_000;

export interface PageResponderOptions {
  renderer: PageRenderer;
  indexHtml: string;
  db: Db;
  publicUrl: string | null;
  urls?: { web: string; admin: string };
  /** The configured OpenID Connect providers, for the sign-in page's links (docs/adr/0016). */
  signInProviders?: Array<{ id: string; name: string }>;
  /** The public response cache (ADR 11): a page is rendered once per address, language and content version. */
  cache?: PublicCache | null;
  /** The evaluations' raw-data key, handed to the procedures' context. */
  rawDataKeyring?: RawDataKeyring | null;
}

/**
 * The language of a page: `?lang=` in its address first (each language has an address of its
 * own, for search engines and shared links), then the visitor's choice (cookie), then the
 * browser's. The web app reads its first language in the same order (apps/web/src/locale.ts).
 */
export function pageLocale(req: FastifyRequest): Locale {
  const asked = (req.query as Record<string, unknown> | undefined)?.lang;
  return isLocale(asked) ? asked : requestLocale(req);
}

/** `isPage`: whether the path matches a page pattern (else the answer is 404, rendered or not). */
export type PageResponder = (req: FastifyRequest, reply: FastifyReply, isPage: boolean) => Promise<FastifyReply>;

/** Procedures whose pages the public cache must not keep (prefixes of their paths). */
const UNCACHED_READS = [
  'meetings.',
  // «Now and next» (docs/adr/0023) is right for a minute only.
  'conference.clock',
];

/**
 * Answers a page path with the page rendered on the server. What it sends depends only on the
 * address and the language: pages render as an anonymous visitor sees them (the signed-in parts
 * come from the browser), so one visitor's page can be cached and shared with the next, and
 * nothing personal is ever in it. With `?lang=` the address alone decides; without, the
 * language comes from the cookie or the browser, hence the Vary.
 */
export function createPageResponder(opts: PageResponderOptions): PageResponder {
  return async (req, reply, isPage) => {
    const locale = pageLocale(req);
    const url = renderedUrl(req.url);
    const produce = async (version?: { changedAt: Date } | null): Promise<ProducedResponse> => {
      const procedureCall = createProcedureCall({
        db: opts.db,
        locale,
        address: req.ip,
        urls: opts.urls,
        signInProviders: opts.signInProviders ?? [],
        rawDataKeyring: opts.rawDataKeyring ?? null,
        onFault: (path, error) =>
          req.log.error({ path, err: { message: error.message, stack: error.stack } }, 'procedure failed in render'),
      });
      // A page built on a read that is not shareable for long (a meeting's seats change with every
      // registration, and nothing tells the cache: docs/adr/0018) is rendered afresh every time.
      let uncacheable = false;
      const call: typeof procedureCall = (path, input) => {
        if (UNCACHED_READS.some((prefix) => path.startsWith(prefix))) uncacheable = true;
        return procedureCall(path, input);
      };
      try {
        const page = await opts.renderer.renderPage({
          url,
          locale,
          origin: baseUrl(req, opts.publicUrl),
          call,
          signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
        });
        // React's messages name the component that failed, never the data it showed.
        if (page.errors.length) req.log.warn({ errors: page.errors }, 'parts of the page left to the browser');
        return {
          status: page.status,
          contentType: 'text/html; charset=utf-8',
          body: pageDocument(opts.indexHtml, page),
          lastModified: version?.changedAt ?? null,
          // A page React could not finish is not kept: the next visitor gets a fresh try.
          shared: page.errors.length === 0 && !uncacheable,
        };
      } catch (error) {
        req.log.error(
          { err: { message: (error as Error).message, stack: (error as Error).stack } },
          'page render failed',
        );
        return {
          // The shell: the browser renders the page (or its not-found page) itself.
          status: isPage ? 200 : 404,
          contentType: 'text/html; charset=utf-8',
          body: shellDocument(opts.indexHtml, HTML_LANG[locale]),
          shared: false,
        };
      }
    };
    const fixedLanguage = isLocale((req.query as Record<string, unknown> | undefined)?.lang);
    const vary = fixedLanguage ? [] : ['Cookie', 'Accept-Language'];
    if (opts.cache) return opts.cache.serve(req, reply, { key: `page ${locale} ${url}`, vary, produce });
    const page = await produce();
    reply.code(page.status).type(page.contentType).header('cache-control', 'no-cache');
    if (vary.length) reply.header('vary', vary.join(', '));
    if (req.method === 'HEAD') return reply.header('content-length', Buffer.byteLength(page.body)).send();
    return reply.send(page.body);
  };
}
