import type { FastifyReply, FastifyRequest } from 'fastify';
import { xmlEscape } from '@knutepunkt/domain';

/**
 * Atom 1.0 (RFC 4287), the one writer for every feed of the site: the practice bank's
 * (`/praksis.atom`, practice.ts) and the meetings' (`/moter.atom`, meetings.ts). Everything
 * that is text is escaped here; links are absolute (`baseUrl`). Each entry carries the language
 * its content was written in (xml:lang), which is never converted.
 */

export interface AtomEntry {
  /** Permanent: the page's address, whose slug never changes once published. */
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  author: string;
  summary: string | null;
  /** nb, nn or en; anything else is written as nb. */
  language: string;
}

export interface AtomFeed {
  selfUrl: string;
  /** The page the feed follows (the list it mirrors). */
  alternateUrl: string;
  title: string;
  subtitle: string;
  entries: readonly AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const LANGUAGES = new Set(['nb', 'nn', 'en']);

export function renderAtom(feed: AtomFeed, now = new Date()): string {
  const updated = feed.entries.reduce(
    (latest, e) => (e.updated > latest ? e.updated : latest),
    feed.entries[0]?.updated ?? now,
  );
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  <id>${xmlEscape(feed.selfUrl)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateUrl)}"/>`,
    '  <generator>Knutepunkt</generator>',
  ];
  for (const e of feed.entries) {
    const lang = LANGUAGES.has(e.language) ? e.language : 'nb';
    lines.push(
      `  <entry xml:lang="${lang}">`,
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title type="text">${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `    <published>${e.published.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <author><name>${xmlEscape(e.author)}</name></author>`,
      ...(e.summary?.trim()
        ? [`    <summary type="text" xml:lang="${lang}">${xmlEscape(e.summary.trim())}</summary>`]
        : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** A feed's answer: Atom, cached by readers and proxies for ten minutes. */
export function sendAtom(reply: FastifyReply, body: string) {
  return reply.type(ATOM_CONTENT_TYPE).header('cache-control', 'public, max-age=600').send(body);
}

/** The site's own address for absolute links (feed, robots.txt, sitemap): PUBLIC_URL, else the request's scheme and host. */
export function baseUrl(req: FastifyRequest, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}
