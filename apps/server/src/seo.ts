import type { FastifyInstance } from 'fastify';
import { type SitemapEntry, sitemapEntries } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { organisationPaths, passwordResetPaths, practicePaths, shellPaths, urlOn, xmlEscape } from '@knutepunkt/domain';
import type { ListenerName } from './config.ts';
import { baseUrl } from './feed/atom.ts';

/**
 * /robots.txt and /sitemap.xml, for search engines. The web app's public
 * pages may be indexed, its account pages not; the admin app not at all.
 */

export const ROBOTS_PATH = '/robots.txt';
export const SITEMAP_PATH = '/sitemap.xml';

/** The web app's pages for a signed-in person or a form: nothing to index there. */
const PRIVATE_PAGES = [
  shellPaths.web.myPage,
  shellPaths.web.signIn,
  shellPaths.web.register,
  organisationPaths.web.edit,
  organisationPaths.web.requests,
  practicePaths.web.create,
  practicePaths.web.edit,
  passwordResetPaths.web.forgot,
  passwordResetPaths.web.reset,
];

/**
 * Disallow lines for a page pattern. robots.txt rules match by prefix, with
 * `*` for any characters and `$` for the end: `/praksis/ny` alone would also
 * hide an example whose slug starts with "ny", so a fixed path is matched
 * exactly (with or without a query), and a parameter becomes `*`.
 */
export function disallowLines(pattern: string): string[] {
  const rule = pattern.replace(/:\w+/g, '*');
  if (rule.endsWith('*')) return [`Disallow: ${rule.slice(0, -1)}`];
  return [`Disallow: ${rule}$`, `Disallow: ${rule}?`];
}

export function renderRobotsTxt(name: ListenerName, base: string): string {
  if (name === 'admin') return ['User-agent: *', 'Disallow: /', ''].join('\n');
  return [
    'User-agent: *',
    'Allow: /',
    ...PRIVATE_PAGES.flatMap(disallowLines),
    '',
    `Sitemap: ${urlOn(base, SITEMAP_PATH)}`,
    '',
  ].join('\n');
}

/** A sitemap (sitemaps.org protocol 0.9) of absolute addresses on `base`. */
export function renderSitemap(base: string, entries: SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  for (const e of entries) {
    lines.push(
      '  <url>',
      `    <loc>${xmlEscape(urlOn(base, e.path))}</loc>`,
      ...(e.lastmod ? [`    <lastmod>${e.lastmod.toISOString()}</lastmod>`] : []),
      '  </url>',
    );
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

export function registerRobotsTxt(app: FastifyInstance, opts: { name: ListenerName; publicUrl: string | null }): void {
  app.get(ROBOTS_PATH, async (req, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(renderRobotsTxt(opts.name, baseUrl(req, opts.publicUrl))),
  );
}

export function registerSitemap(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get(SITEMAP_PATH, async (req, reply) => {
    const entries = await sitemapEntries(opts.db);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(renderSitemap(baseUrl(req, opts.publicUrl), entries));
  });
}
