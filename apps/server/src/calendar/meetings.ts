import type { FastifyInstance, FastifyReply } from 'fastify';
import { CALENDAR_FIELDS, LISTED_MEETINGS, SHOWN_IN_CALENDARS as SHOWN, meetingEvent } from '@knutepunkt/api';
import { ICS_CONTENT_TYPE, toIcs } from '@knutepunkt/calendar';
import type { Db } from '@knutepunkt/db';
import { isSlug, meetingPaths, translate } from '@knutepunkt/domain';
import { baseUrl } from '../feed/atom.ts';

/**
 * Calendar routes on the web listener (docs/adr/0018, ADR 19): one published meeting as an .ics
 * file (`/moter/:slug/kalender.ics`) and a network's published meetings as a feed to subscribe to
 * (`/nettverk/:networkSlug/moter.ics`, offered as webcal:// on the meetings page). Only what the
 * public page shows: never the video link, never who registered. UID `meeting-<id>@<host>` stays
 * the same for the meeting's life; SEQUENCE is the meeting's own (raised on every change after
 * publishing); a cancelled meeting is STATUS:CANCELLED, so subscribed calendars remove it. The
 * events themselves come from the API's meetings/calendar.ts, shared with the e-mail attachment
 * and the personal feed (personal.ts).
 */

/** A network's feed holds its meetings from this long ago on (older ones are history, not plans). */
const FEED_PAST_DAYS = 90;

/** An .ics answer, shown inline (calendar apps open it) and cached briefly (`private`: a personal feed). */
export function sendIcs(reply: FastifyReply, body: string, fileName: string, cache: 'public' | 'private' = 'public') {
  return reply
    .type(ICS_CONTENT_TYPE)
    .header('content-disposition', `inline; filename="${fileName}.ics"`)
    .header('cache-control', cache === 'public' ? 'public, max-age=300' : 'private, max-age=300')
    .send(body);
}

export function registerMeetingCalendars(app: FastifyInstance, opts: { db: Db; publicUrl: string | null }): void {
  app.get<{ Params: { slug: string } }>(meetingPaths.web.calendar, async (req, reply) => {
    const { slug } = req.params;
    const meeting = isSlug(slug)
      ? await opts.db.meeting.findFirst({ where: { slug, ...SHOWN }, select: CALENDAR_FIELDS })
      : null;
    if (!meeting) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const base = baseUrl(req, opts.publicUrl);
    return sendIcs(reply, toIcs({ events: [meetingEvent(meeting, base)] }), meeting.slug);
  });

  app.get<{ Params: { networkSlug: string } }>(meetingPaths.web.networkCalendar, async (req, reply) => {
    const { networkSlug } = req.params;
    const network = isSlug(networkSlug)
      ? await opts.db.network.findUnique({ where: { slug: networkSlug }, select: { id: true, name: true, slug: true } })
      : null;
    if (!network) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const meetings = await opts.db.meeting.findMany({
      where: {
        networkId: network.id,
        ...SHOWN,
        ...LISTED_MEETINGS,
        endsAt: { gte: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) },
      },
      select: CALENDAR_FIELDS,
      orderBy: { startsAt: 'asc' },
    });
    const base = baseUrl(req, opts.publicUrl);
    const name = translate('nb', 'meetings.web.calendar.feedName', { network: network.name });
    return sendIcs(reply, toIcs({ name, events: meetings.map((m) => meetingEvent(m, base)) }), `${network.slug}-moter`);
  });
}
