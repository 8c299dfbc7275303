import type { FastifyInstance, FastifyRequest } from 'fastify';
import { latestPublished } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { pathTo, practicePaths, translate, urlOn, xmlEscape } from '@knutepunkt/domain';

/**
 * GET /praksis.atom: the newest published practice examples as an Atom 1.0
 * feed (RFC 4287), for feed readers and for the networks' own sites. The
 * feed speaks bokmål; each entry is marked with the language it was written
 * in (xml:lang), which is never converted. Links are absolute: PUBLIC_URL
 * when set, else the address the request came to.
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

const LANGUAGES = new Set(['nb', 'nn', 'en']);

export function renderPracticeFeed(base: string, entries: FeedEntry[], now = new Date()): string {
  const feedUrl = urlOn(base, FEED_PATH);
  const updated = entries.reduce(
    (latest, e) => (e.published_at > latest ? e.published_at : latest),
    entries[0]?.published_at ?? now,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  <id>${xmlEscape(feedUrl)}</id>`,
    `  <title>${xmlEscape(translate('nb', 'practice.feed.title'))}</title>`,
    `  <subtitle>${xmlEscape(translate('nb', 'practice.feed.subtitle'))}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(urlOn(base, practicePaths.web.search))}"/>`,
    '  <generator>Knutepunkt</generator>',
  ];
  for (const e of entries) {
    const url = urlOn(base, pathTo(practicePaths.web.example, { slug: e.slug }));
    const lang = LANGUAGES.has(e.language) ? e.language : 'nb';
    lines.push(
      `  <entry xml:lang="${lang}">`,
      // The page's address is the entry's id: slugs are permanent once published.
      `    <id>${xmlEscape(url)}</id>`,
      `    <title type="text">${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>`,
      `    <published>${(e.first_published_at ?? e.published_at).toISOString()}</published>`,
      `    <updated>${e.published_at.toISOString()}</updated>`,
      `    <author><name>${xmlEscape(e.organisation)}</name></author>`,
      ...(e.summary.trim()
        ? [`    <summary type="text" xml:lang="${lang}">${xmlEscape(e.summary.trim())}</summary>`]
        : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The site's own address for absolute links (feed, robots.txt, sitemap): PUBLIC_URL, else the request's scheme and host. */
export function baseUrl(req: FastifyRequest, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}

export function registerPracticeFeed(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get(FEED_PATH, async (req, reply) => {
    const entries = await latestPublished(opts.db, FEED_SIZE);
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=600')
      .send(renderPracticeFeed(baseUrl(req, opts.publicUrl), entries));
  });
}
