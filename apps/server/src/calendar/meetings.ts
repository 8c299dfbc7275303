import type { FastifyInstance, FastifyReply } from 'fastify';
import { ICS_CONTENT_TYPE, type IcsEvent, toIcs } from '@knutepunkt/calendar';
import type { Db, Prisma } from '@knutepunkt/db';
import { isSlug, meetingPaths, pathTo, translate, urlOn } from '@knutepunkt/domain';
import { baseUrl } from '../feed/atom.ts';

/**
 * Calendar routes on the web listener (docs/adr/0018, ADR 19): one published meeting as an .ics
 * file (`/moter/:slug/kalender.ics`) and a network's published meetings as a feed to subscribe to
 * (`/nettverk/:networkSlug/moter.ics`, offered as webcal:// on the meetings page). Only what the
 * public page shows: never the video link, never who registered. UID `meeting-<id>@<host>` stays
 * the same for the meeting's life; SEQUENCE is the meeting's own (raised on every change after
 * publishing); a cancelled meeting is STATUS:CANCELLED, so subscribed calendars remove it.
 */

const CALENDAR_FIELDS = {
  id: true,
  slug: true,
  title: true,
  description: true,
  status: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venueName: true,
  venueAddress: true,
  sequence: true,
  publishedAt: true,
  updatedAt: true,
  network: { select: { name: true, slug: true } },
} as const satisfies Prisma.MeetingSelect;

type CalendarMeeting = Prisma.MeetingGetPayload<{ select: typeof CALENDAR_FIELDS }>;

/** What a calendar may show: published, cancelled (so calendars remove it) and held meetings; never drafts. */
const SHOWN: Prisma.MeetingWhereInput = { status: { in: ['published', 'cancelled', 'held'] } };

/** A network's feed holds its meetings from this long ago on (older ones are history, not plans). */
const FEED_PAST_DAYS = 90;

export function meetingUid(meetingId: string, base: string): string {
  return `meeting-${meetingId}@${new URL(base).hostname}`;
}

function location(m: CalendarMeeting): string | null {
  const place = [m.venueName, m.venueAddress].filter((p): p is string => !!p?.trim()).join(', ');
  if (m.mode === 'online') return translate('nb', 'meetings.mode.online');
  if (m.mode === 'hybrid')
    return [place, translate('nb', 'meetings.web.calendar.alsoOnline')].filter(Boolean).join(' – ');
  return place || null;
}

export function meetingEvent(m: CalendarMeeting, base: string): IcsEvent {
  return {
    uid: meetingUid(m.id, base),
    sequence: m.sequence,
    start: m.startsAt,
    end: m.endsAt,
    summary: m.title,
    description: m.description.trim() || null,
    location: location(m),
    url: urlOn(base, pathTo(meetingPaths.web.meeting, { slug: m.slug })),
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [m.network.name],
    created: m.publishedAt,
    lastModified: m.updatedAt,
  };
}

/** An .ics answer, shown inline (calendar apps open it) and cached briefly. */
function sendIcs(reply: FastifyReply, body: string, fileName: string) {
  return reply
    .type(ICS_CONTENT_TYPE)
    .header('content-disposition', `inline; filename="${fileName}.ics"`)
    .header('cache-control', 'public, max-age=300')
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
      where: { networkId: network.id, ...SHOWN, endsAt: { gte: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) } },
      select: CALENDAR_FIELDS,
      orderBy: { startsAt: 'asc' },
    });
    const base = baseUrl(req, opts.publicUrl);
    const name = translate('nb', 'meetings.web.calendar.feedName', { network: network.name });
    return sendIcs(reply, toIcs({ name, events: meetings.map((m) => meetingEvent(m, base)) }), `${network.slug}-moter`);
  });
}
