import type { FastifyInstance } from 'fastify';
import { meetingEvent, personalFeed, personalFeedTexts, starredSessionEvent } from '@knutepunkt/api';
import { toIcs } from '@knutepunkt/calendar';
import type { Db } from '@knutepunkt/db';
import { meetingPaths } from '@knutepunkt/domain';
import { baseUrl } from '../feed/atom.ts';
import { sendIcs } from './meetings.ts';

/**
 * A person's own calendar feed (docs/adr/0019): `GET /kalender/<token>.ics` on the web listener,
 * made on Min side («Kalenderen din»). The token is the only check (calendar apps send no cookie);
 * an unknown, renewed or removed token is a 404 like any missing file, and the logs never hold it
 * (logger.ts). It lists the meetings the person holds a seat for, and those they wait for as
 * TENTATIVE with "Venteliste: " before the title; never the video link (an address like this is
 * easily passed on), only the meeting's page, where the link is shown after signing in.
 */
export function registerPersonalCalendar(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get<{ Params: { feed: string } }>(meetingPaths.web.personalCalendar, async (req, reply) => {
    const { feed } = req.params;
    const token = feed.endsWith('.ics') ? feed.slice(0, -'.ics'.length) : null;
    const found = token ? await personalFeed(opts.db, token) : null;
    if (!found) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const base = baseUrl(req, opts.publicUrl);
    const texts = personalFeedTexts(found.locale);
    const events = found.entries.map(({ meeting, waiting }) =>
      meetingEvent(meeting, base, waiting ? { summaryPrefix: texts.waitingPrefix, tentative: true } : {}),
    );
    events.push(...found.starred.map((item) => starredSessionEvent(item, base)));
    reply.header('x-robots-tag', 'noindex').header('referrer-policy', 'no-referrer');
    return sendIcs(reply, toIcs({ name: texts.name, events }), 'mine-moter', 'private');
  });
}
