import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ICS_CONTENT_TYPE } from '@knutepunkt/calendar';
import type { Db } from '@knutepunkt/db';
import { conferencePaths, frabJson, frabXml, isLocale, isSlug } from '@knutepunkt/domain';
import type { ContentVersion } from '../cache/content-version.ts';
import { baseUrl } from '../feed/atom.ts';
import { useFramablePolicy } from '../security.ts';
import { programmeIcs } from './ics.ts';
import { type Newest, type ReleaseCache, createReleaseCache, sendRendered } from './release-cache.ts';
import { renderWidget, widgetContentSecurityPolicy, widgetFilters } from './widget.ts';

/**
 * The conference programme's server routes on the web listener (docs/adr/0023): frab XML and
 * JSON for the phone apps, iCal of the programme and of one session, and the embeddable widget.
 * All from the newest published release (404 while there is none: a draft never shows), each
 * answer made once per release and kept (release-cache.ts), with ETag, Last-Modified and 304s.
 */

export const FRAB_XML_CONTENT_TYPE = 'application/xml; charset=utf-8';
export const FRAB_JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const WIDGET_CONTENT_TYPE = 'text/html; charset=utf-8';

const notFound = (reply: FastifyReply) => reply.code(404).type('text/plain; charset=utf-8').send('Not found');

export function registerConferenceExports(
  app: FastifyInstance,
  opts: { db: Db; version: ContentVersion | null; publicUrl: string | null; cache?: ReleaseCache },
): ReleaseCache {
  const cache = opts.cache ?? createReleaseCache({ db: opts.db, version: opts.version });

  async function newest(req: FastifyRequest<{ Params: { slug: string } }>): Promise<Newest | null> {
    return isSlug(req.params.slug) ? cache.newest(req.params.slug) : null;
  }

  app.get<{ Params: { slug: string } }>(conferencePaths.web.frabXml, async (req, reply) => {
    const found = await newest(req);
    if (!found) return notFound(reply);
    const base = baseUrl(req, opts.publicUrl);
    const { snapshot, release } = found.programme;
    return sendRendered(
      req,
      reply,
      cache.render(found.programme, `xml ${base}`, FRAB_XML_CONTENT_TYPE, () => frabXml(snapshot, release, base)),
    );
  });

  app.get<{ Params: { slug: string } }>(conferencePaths.web.frabJson, async (req, reply) => {
    const found = await newest(req);
    if (!found) return notFound(reply);
    const base = baseUrl(req, opts.publicUrl);
    const { snapshot, release } = found.programme;
    return sendRendered(
      req,
      reply,
      cache.render(found.programme, `json ${base}`, FRAB_JSON_CONTENT_TYPE, () =>
        JSON.stringify(frabJson(snapshot, release, base)),
      ),
    );
  });

  app.get<{ Params: { slug: string } }>(conferencePaths.web.calendar, async (req, reply) => {
    const found = await newest(req);
    if (!found) return notFound(reply);
    const base = baseUrl(req, opts.publicUrl);
    const { snapshot, release } = found.programme;
    reply.header('content-disposition', `inline; filename="${snapshot.edition.slug}.ics"`);
    return sendRendered(
      req,
      reply,
      cache.render(found.programme, `ics ${base}`, ICS_CONTENT_TYPE, () => programmeIcs(snapshot, release, base)!),
    );
  });

  app.get<{ Params: { slug: string; number: string } }>(conferencePaths.web.sessionCalendar, async (req, reply) => {
    const found = await newest(req);
    const number = /^[1-9][0-9]{0,8}$/.test(req.params.number) ? Number(req.params.number) : null;
    // Checked before rendering: only sessions that exist get an answer kept.
    if (!found || number === null || !found.programme.snapshot.sessions.some((s) => s.number === number))
      return notFound(reply);
    const base = baseUrl(req, opts.publicUrl);
    const { snapshot, release } = found.programme;
    reply.header('content-disposition', `inline; filename="${snapshot.edition.slug}-${number}.ics"`);
    return sendRendered(
      req,
      reply,
      cache.render(found.programme, `ics ${number} ${base}`, ICS_CONTENT_TYPE, () =>
        programmeIcs(snapshot, release, base, number)!,
      ),
    );
  });

  app.get<{ Params: { slug: string }; Querystring: Record<string, unknown> }>(
    conferencePaths.web.widget,
    async (req, reply) => {
      const found = await newest(req);
      if (!found) return notFound(reply);
      const base = baseUrl(req, opts.publicUrl);
      const { snapshot, release } = found.programme;
      const lang = req.query.lang;
      const locale = isLocale(lang) ? lang : snapshot.edition.language;
      const filters = widgetFilters(snapshot, req.query);
      useFramablePolicy(reply, widgetContentSecurityPolicy(snapshot, found.widgetOrigins));
      const key = `widget ${locale} ${filters.dag ?? ''} ${filters.spor ?? ''} ${filters.rom ?? ''} ${base}`;
      return sendRendered(
        req,
        reply,
        cache.render(found.programme, key, WIDGET_CONTENT_TYPE, () =>
          renderWidget({ snapshot, release, base, locale, filters }),
        ),
      );
    },
  );

  return cache;
}
