import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AnyTRPCRouter } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type Context, isPublicRead } from '@knutepunkt/api';
import { requestLocale } from '../security.ts';
import type { PublicContentVersion } from './content-version.ts';
import type { ProducedResponse, PublicCache } from './public-cache.ts';

const PREFIX = '/trpc/';

/** Everything the answer of a public read may depend on besides its URL: the language of error messages. */
export const PUBLIC_READ_VARY = ['Accept-Language', 'Cookie', 'X-Locale'];

export interface PublicReadOptions {
  cache: PublicCache;
  router: AnyTRPCRouter;
  /** The same context the tRPC plugin builds, with a way to learn that a cookie was set. */
  context: (req: FastifyRequest, setCookie: (value: string) => void) => Promise<Context>;
  onError: (opts: { error: { code: string; message: string; stack?: string }; path?: string }) => void;
}

/** The procedure paths of a GET /trpc/<path>[,<path>…] request when every one is a public read; else null. */
export function publicReadPaths(url: string): string[] | null {
  const end = url.indexOf('?');
  const pathname = end === -1 ? url : url.slice(0, end);
  if (!pathname.startsWith(PREFIX)) return null;
  let paths: string[];
  try {
    paths = decodeURIComponent(pathname.slice(PREFIX.length)).split(',');
  } catch {
    return null;
  }
  return paths.every(isPublicRead) ? paths : null;
}

/**
 * Answers GET and HEAD requests for public reads through the public cache, in
 * an onRequest hook, before the tRPC plugin's route: a hit costs no context,
 * no session lookup and no procedure. On a miss the request runs through the
 * router with tRPC's fetch adapter, which hands back the whole answer as a
 * Response to read as text. The Fastify adapter would not do: it sends the
 * Response itself (a stream, in an onSend hook too late to read cheaply).
 * Every other request goes on to the tRPC plugin as before.
 */
export function registerPublicReads(app: FastifyInstance, opts: PublicReadOptions): void {
  // Answers made before this process started may have had another shape: Last-Modified is never older than the code.
  const started = new Date();

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return;
    if (!publicReadPaths(req.url)) return;
    // Successful answers are the same in every language (public-reads.test.ts); errors are translated.
    const key = `${requestLocale(req)} ${req.url}`;
    return opts.cache.serve(req, reply, {
      key,
      vary: PUBLIC_READ_VARY,
      produce: (version) => produce(req, reply, version),
    });
  });

  async function produce(
    req: FastifyRequest,
    reply: FastifyReply,
    version: PublicContentVersion | null,
  ): Promise<ProducedResponse> {
    let setCookie = false;
    const response = await fetchRequestHandler({
      endpoint: PREFIX.slice(0, -1),
      req: toFetchRequest(req),
      router: opts.router,
      createContext: () =>
        opts.context(req, (value) => {
          // A renewed session cookie: the answer is still everyone's, but this response is not.
          setCookie = true;
          void reply.header('set-cookie', value);
        }),
      onError: ({ error, path }) => opts.onError({ error, path }),
    });
    const changed = version && version.changedAt > started ? version.changedAt : started;
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: await response.text(),
      lastModified: changed,
      shared: !setCookie,
    };
  }
}

/** The request as the fetch adapter wants it: a GET (HEAD too: its answer is the GET's without a body). */
function toFetchRequest(req: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return new Request(new URL(req.url, 'http://localhost'), { method: 'GET', headers });
}
