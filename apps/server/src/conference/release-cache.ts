import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type PublishedProgramme, latestPublishedProgramme as latestPublished } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import type { ContentVersion } from '../cache/content-version.ts';
import { CACHE_HEADER } from '../cache/public-cache.ts';

/**
 * The newest published release of each edition, and what is made from it, kept in memory
 * (docs/adr/0023). A published release never changes, so an answer made from it stays right for
 * as long as that release is the newest. Which one is the newest is asked of the database only
 * when the public content version (ADR 11) has moved since the last time: the triggers on
 * ConferenceRelease/Edition/Partner raise it on every instance's shared database, so a release
 * published through any instance is seen by all of them on their next request.
 */

export interface Rendered {
  status: 200;
  contentType: string;
  body: Buffer;
  etag: string;
  lastModified: Date;
}

/** The newest release's programme, and the edition's settings that are not in its snapshot. */
export interface Newest {
  programme: PublishedProgramme;
  /** Origins allowed to frame the widget: editable without a new release (the edition's trigger moves the version). */
  widgetOrigins: string[];
}

export interface ReleaseCache {
  /** The newest published programme of the edition, or null (none published, no such edition). */
  newest(slug: string): Promise<Newest | null>;
  /** An answer made once per release and key (format, filters, language, site address); `hit`: it was kept. */
  render(
    programme: PublishedProgramme,
    key: string,
    contentType: string,
    make: () => string,
  ): Rendered & { hit: boolean };
}

/** Editions' answers kept at most; a made-up slug costs one small lookup and is not kept beyond this. */
const MAX_SLUGS = 200;
/** Rendered answers per release (formats × widget filters × languages × addresses). */
const MAX_RENDERS = 400;

interface Slot {
  version: string | null;
  answer: Promise<Newest | null>;
}

export function createReleaseCache(opts: { db: Db; version: ContentVersion | null }): ReleaseCache {
  const slots = new Map<string, Slot>();
  /** Programmes by release id: a newer version with the same newest release keeps its snapshot. */
  const programmes = new Map<string, { programme: PublishedProgramme; renders: Map<string, Rendered> }>();

  async function lookup(slug: string): Promise<Newest | null> {
    // Only the id first: when the newest release is one already held, its snapshot is not read again.
    const head = await opts.db.conferenceRelease.findFirst({
      where: { edition: { slug }, publishedAt: { not: null }, sequence: { not: null } },
      orderBy: { sequence: 'desc' },
      select: { id: true, edition: { select: { widgetOrigins: true } } },
    });
    if (!head) return null;
    const { widgetOrigins } = head.edition;
    const held = programmes.get(head.id);
    if (held) return { programme: held.programme, widgetOrigins };
    const programme = await latestPublished(opts.db, slug);
    if (!programme) return null;
    remember(programme);
    return { programme, widgetOrigins };
  }

  function remember(programme: PublishedProgramme) {
    if (programmes.has(programme.release.id)) return;
    // Drop releases no slot points at any more (replaced by a newer one).
    if (programmes.size >= MAX_SLUGS) programmes.delete(programmes.keys().next().value!);
    programmes.set(programme.release.id, { programme, renders: new Map() });
  }

  return {
    async newest(slug) {
      const version = opts.version ? await opts.version.current() : null;
      const slot = slots.get(slug);
      if (version && slot && slot.version === version.version) return slot.answer;
      const answer = lookup(slug);
      if (version) {
        slots.delete(slug);
        if (slots.size >= MAX_SLUGS) slots.delete(slots.keys().next().value!);
        slots.set(slug, { version: version.version, answer });
        // A failed lookup is not kept: the next request asks again.
        answer.catch(() => {
          if (slots.get(slug)?.answer === answer) slots.delete(slug);
        });
      }
      return answer;
    },

    render(programme, key, contentType, make) {
      let held = programmes.get(programme.release.id);
      if (!held) {
        remember(programme);
        held = programmes.get(programme.release.id)!;
      }
      const found = held.renders.get(key);
      if (found) return { ...found, hit: true };
      const body = Buffer.from(make());
      const tag = createHash('sha256').update(`${programme.release.id} ${key}`).digest('base64url').slice(0, 22);
      const rendered: Rendered = {
        status: 200,
        contentType,
        body,
        // Weak: @fastify/compress encodes after us, and the same tag stands for every encoding.
        etag: `W/"${programme.release.id}-${tag}"`,
        lastModified: new Date(programme.release.publishedAt),
      };
      if (held.renders.size >= MAX_RENDERS) held.renders.delete(held.renders.keys().next().value!);
      held.renders.set(key, rendered);
      return { ...rendered, hit: false };
    },
  };
}

/** Sends a kept answer: ETag, Last-Modified, a minute in caches, 304 when the client has it already. */
export function sendRendered(req: FastifyRequest, reply: FastifyReply, r: Rendered & { hit: boolean }): FastifyReply {
  // The same header as the public response cache's, for tests and the benchmark.
  reply.header(CACHE_HEADER, r.hit ? 'hit' : 'miss');
  reply.header('etag', r.etag);
  reply.header('last-modified', r.lastModified.toUTCString());
  reply.header('cache-control', 'public, max-age=60');
  if (notModified(req, r)) return reply.code(304).send();
  return reply.code(200).type(r.contentType).send(r.body);
}

/** RFC 9110 §13.2.2: If-None-Match decides when present (weak comparison), else If-Modified-Since. */
function notModified(req: FastifyRequest, r: Rendered): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(r.etag));
  }
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(r.lastModified.getTime() / 1000) * 1000 <= sinceMs;
}
