import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUnsubscribeToken, siteSecret, unsubscribeWithToken } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import {
  HTML_LANG,
  type Locale,
  NOTIFICATION_CHOICES_ANCHOR,
  notificationPaths,
  shellPaths,
  translate,
  xmlEscape,
} from '@knutepunkt/domain';
import { requestLocale } from '../security.ts';

/**
 * One-click unsubscribe (RFC 8058, docs/adr/0017) on the web listener:
 * - GET  /varsler/avmeld?t=… a page saying which kind of e-mail the link switches off, with a button;
 *   nothing changes (mail scanners and link previews open links);
 * - POST /varsler/avmeld?t=… with `List-Unsubscribe=One-Click` (what mail clients send, without
 *   cookie or CSRF header; the page's button sends the same) switches it off and answers 200.
 * The token is the only authority: the CSRF check lets this path through for a valid token only
 * (isOneClickUnsubscribe), and a token that is not valid changes nothing and gets a refusal.
 */

export interface UnsubscribeRouteOptions {
  db: Db;
  /** SITE_SECRET, or null for the database's own. */
  secret: string | null;
  /** The web app's build, for its stylesheets (the page is plain HTML without them). */
  staticDir: string;
}

function tokenOf(req: FastifyRequest): string | null {
  const query = req.query as Record<string, unknown> | undefined;
  const t = query?.t;
  return typeof t === 'string' ? t : null;
}

function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** For the CSRF check: a POST to the unsubscribe address with a token made with our secret. */
export async function isOneClickUnsubscribe(req: FastifyRequest, db: Db, secret: string | null): Promise<boolean> {
  if (req.method !== 'POST' || pathOf(req.url) !== notificationPaths.web.unsubscribe) return false;
  const token = new URL(req.url, 'http://localhost').searchParams.get('t');
  return (await readUnsubscribeToken(db, await siteSecret(db, secret), token)) !== null;
}

/** The stylesheets the web app's index.html links, so the page looks like the site. */
function stylesheetsOf(staticDir: string): string[] {
  try {
    const html = fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8');
    return [...html.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  } catch {
    return [];
  }
}

function page(locale: Locale, stylesheets: string[], title: string, body: string): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${xmlEscape(href)}">`).join('');
  const site = translate(locale, 'notifications.unsubscribe.siteName');
  return `<!doctype html><html lang="${HTML_LANG[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${xmlEscape(title)} – ${xmlEscape(site)}</title>${links}</head><body><main id="main" class="kp-unsubscribe"><h1>${xmlEscape(title)}</h1>${body}</main></body></html>`;
}

function myPageLink(locale: Locale): string {
  const href = `${shellPaths.web.myPage}#${NOTIFICATION_CHOICES_ANCHOR}`;
  return `<p><a href="${xmlEscape(href)}">${xmlEscape(translate(locale, 'notifications.unsubscribe.myPage'))}</a></p>`;
}

function send(reply: FastifyReply, status: number, html: string) {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

function refusal(req: FastifyRequest, reply: FastifyReply, stylesheets: string[]) {
  const locale = requestLocale(req);
  const html = page(
    locale,
    stylesheets,
    translate(locale, 'notifications.unsubscribe.invalid.title'),
    `<p>${xmlEscape(translate(locale, 'notifications.unsubscribe.invalid'))}</p>${myPageLink(locale)}`,
  );
  return send(reply, 400, html);
}

/** RFC 8058: the body says `List-Unsubscribe=One-Click`, form-encoded or as multipart form data. */
function saysOneClick(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  if (new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click') return true;
  return /name="?List-Unsubscribe"?\r?\n(?:[^\r\n]+\r?\n)*\r?\nOne-Click\r?\n/.test(body);
}

export async function registerUnsubscribe(app: FastifyInstance, opts: UnsubscribeRouteOptions): Promise<void> {
  const stylesheets = stylesheetsOf(opts.staticDir);
  const secret = () => siteSecret(opts.db, opts.secret);
  const url = notificationPaths.web.unsubscribe;

  await app.register(async (scope) => {
    // Only here: the bodies mail clients send. Read as text and checked by saysOneClick.
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data'])
      scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => done(null, body));

    scope.get(url, async (req, reply) => {
      const target = await readUnsubscribeToken(opts.db, await secret(), tokenOf(req));
      if (!target) return refusal(req, reply, stylesheets);
      const { locale } = target;
      const category = translate(locale, `notifications.category.${target.category}`);
      const action = `${url}?t=${encodeURIComponent(tokenOf(req)!)}`;
      const form =
        `<form method="post" action="${xmlEscape(action)}">` +
        `<input type="hidden" name="List-Unsubscribe" value="One-Click">` +
        `<button type="submit" class="ds-button" data-variant="primary">${xmlEscape(translate(locale, 'notifications.unsubscribe.button'))}</button></form>`;
      const html = page(
        locale,
        stylesheets,
        translate(locale, 'notifications.unsubscribe.title', { category }),
        `<p>${xmlEscape(translate(locale, 'notifications.unsubscribe.confirm', { category }))}</p>${form}${myPageLink(locale)}`,
      );
      return send(reply, 200, html);
    });

    scope.post(url, async (req, reply) => {
      if (!saysOneClick(req.body)) return refusal(req, reply, stylesheets);
      const target = await unsubscribeWithToken(opts.db, await secret(), tokenOf(req));
      if (!target) return refusal(req, reply, stylesheets);
      const { locale } = target;
      const category = translate(locale, `notifications.category.${target.category}`);
      const html = page(
        locale,
        stylesheets,
        translate(locale, 'notifications.unsubscribe.done.title', { category }),
        `<p role="status">${xmlEscape(translate(locale, 'notifications.unsubscribe.done', { category }))}</p>${myPageLink(locale)}`,
      );
      return send(reply, 200, html);
    });
  });
}
