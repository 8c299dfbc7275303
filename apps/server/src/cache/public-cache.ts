import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentVersion, PublicContentVersion } from './content-version.ts';

/** What a producer (a page renderer, the tRPC router) answers. */
export interface ProducedResponse {
  status: number;
  contentType: string;
  body: string;
  lastModified?: Date | null;
  /** false: never stored (e.g. rendered for a signed-in person) */
  shared: boolean;
}

export interface ServeOptions {
  /** What identifies the answer besides the content version: the URL, and whatever else it depends on (locale). */
  key: string;
  /** Request headers the answer depends on, for proxies (Vary). */
  vary?: string[];
  /**
   * Makes the answer on a miss. It is given the content version the request
   * read (null when caching is off), e.g. for its changedAt as Last-Modified;
   * a producer may ignore it.
   */
  produce: (version: PublicContentVersion | null) => Promise<ProducedResponse>;
}

export interface PublicCache {
  serve(req: FastifyRequest, reply: FastifyReply, opts: ServeOptions): Promise<FastifyReply>;
}

/** What tests and the benchmark read to see what happened. */
export const CACHE_HEADER = 'x-knutepunkt-cache';

interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
  etag: string;
  lastModified: Date | null;
}

interface Entry extends Answer {
  version: string;
  bytes: number;
}

/** Bookkeeping per entry besides its body and key: a rough figure, so that many tiny entries are bounded too. */
const ENTRY_OVERHEAD = 256;

/**
 * Public answers kept in memory, per content version (docs/adr/0011). Only
 * entries of the newest version seen are kept: versions only grow, so once a
 * request has read a newer one every older entry is dead and all are dropped at
 * once. Within a version, least recently used entries go first when the bytes
 * exceed maxBytes. maxBytes 0 turns caching off (no version read, nothing stored),
 * the HTTP headers stay.
 */
export function createPublicCache(opts: { version: ContentVersion; maxBytes: number }): PublicCache {
  const entries = new Map<string, Entry>();
  let newest: bigint = -1n;
  let bytes = 0;

  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };

  /** Is `version` the newest seen? Seeing a newer one empties the cache. */
  function isNewest(version: string): boolean {
    const v = BigInt(version);
    if (v > newest) {
      newest = v;
      entries.clear();
      bytes = 0;
    }
    return v === newest;
  }

  function lookup(key: string, version: string): Entry | null {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.version !== version) return null;
    // Map keeps insertion order: moving a used entry to the end makes the first the least recently used.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  function store(key: string, entry: Entry): void {
    // A request that read an older version may finish producing after a newer one was seen: its answer may be stale.
    if (!isNewest(entry.version) || entry.bytes > opts.maxBytes) return;
    const old = entries.get(key);
    if (old) drop(key, old);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const [k, e] of entries) {
      if (bytes <= opts.maxBytes) break;
      drop(k, e);
    }
  }

  return {
    async serve(req, reply, { key, vary, produce }) {
      const version = opts.maxBytes > 0 ? await opts.version.current() : null;
      if (version && isNewest(version.version)) {
        const hit = lookup(key, version.version);
        if (hit) return send(req, reply, hit, { shared: true, vary, outcome: 'hit' });
      }
      const produced = await produce(version);
      const answer = toAnswer(produced, version);
      // Only 200s are stored: a 404 for every made-up address would push real pages out of the cache.
      if (version && produced.shared && produced.status === 200) {
        store(key, { ...answer, version: version.version, bytes: answer.body.length + key.length + ENTRY_OVERHEAD });
      }
      const outcome = version && produced.shared ? 'miss' : 'bypass';
      return send(req, reply, answer, { shared: produced.shared, vary, outcome });
    },
  };
}

function toAnswer(produced: ProducedResponse, version: PublicContentVersion | null): Answer {
  const body = Buffer.from(produced.body);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return {
    status: produced.status,
    contentType: produced.contentType,
    body,
    // Weak: the same tag stands for the compressed and the plain bytes (@fastify/compress encodes after us).
    etag: version ? `W/"${version.version}-${hash}"` : `W/"${hash}"`,
    lastModified: produced.lastModified ?? null,
  };
}

function send(
  req: FastifyRequest,
  reply: FastifyReply,
  answer: Answer,
  how: { shared: boolean; vary: string[] | undefined; outcome: 'hit' | 'miss' | 'bypass' },
): FastifyReply {
  reply.header(CACHE_HEADER, how.outcome);
  reply.header('etag', answer.etag);
  if (answer.lastModified) reply.header('last-modified', answer.lastModified.toUTCString());
  if (how.shared) {
    // Proxies may keep it but must ask us each time (a 304 is cheap): a write shows at once everywhere.
    reply.header('cache-control', 'public, no-cache');
    if (how.vary?.length) reply.header('vary', how.vary.join(', '));
  } else {
    // Made for one person: no proxy or browser cache may keep it.
    reply.header('cache-control', 'private, no-store');
  }
  if (answer.status === 200 && notModified(req, answer)) return reply.code(304).send();
  return reply.code(answer.status).type(answer.contentType).send(answer.body);
}

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison), else If-Modified-Since. */
function notModified(req: FastifyRequest, answer: Answer): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((t) => t.trim());
    const opaque = (tag: string) => tag.replace(/^W\//, '');
    return tags.includes('*') || tags.some((t) => opaque(t) === opaque(answer.etag));
  }
  const since = req.headers['if-modified-since'];
  if (since === undefined || !answer.lastModified) return false;
  const sinceMs = Date.parse(since);
  // HTTP dates have whole seconds.
  return !Number.isNaN(sinceMs) && Math.floor(answer.lastModified.getTime() / 1000) * 1000 <= sinceMs;
}
