import type { FastifyInstance } from 'fastify';
import { latestPublished } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { pathTo, practicePaths, translate, urlOn } from '@knutepunkt/domain';
import { baseUrl, renderAtom, sendAtom } from './atom.ts';

/**
 * GET /praksis.atom: the newest published practice examples as an Atom 1.0
 * feed (RFC 4287), for feed readers and for the networks' own sites. The
 * feed speaks bokmål; each entry is marked with the language it was written
 * in. Links are absolute: PUBLIC_URL when set, else the address the request came to.
 */

export interface FeedEntry {
  slug: string;
  title: string;
  summary: string;
  language: string;
  organisation: string;
  published_at: Date;
  first_published_at: Date | null;
}

export const FEED_PATH = practicePaths.web.feed;
export const FEED_SIZE = 30;

export function renderPracticeFeed(base: string, entries: FeedEntry[], now = new Date()): string {
  return renderAtom(
    {
      selfUrl: urlOn(base, FEED_PATH),
      alternateUrl: urlOn(base, practicePaths.web.search),
      title: translate('nb', 'practice.feed.title'),
      subtitle: translate('nb', 'practice.feed.subtitle'),
      entries: entries.map((e) => {
        const url = urlOn(base, pathTo(practicePaths.web.example, { slug: e.slug }));
        return {
          id: url,
          title: e.title,
          url,
          published: e.first_published_at ?? e.published_at,
          updated: e.published_at,
          author: e.organisation,
          summary: e.summary,
          language: e.language,
        };
      }),
    },
    now,
  );
}

export function registerPracticeFeed(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get(FEED_PATH, async (req, reply) => {
    const entries = await latestPublished(opts.db, FEED_SIZE);
    return sendAtom(reply, renderPracticeFeed(baseUrl(req, opts.publicUrl), entries));
  });
}
