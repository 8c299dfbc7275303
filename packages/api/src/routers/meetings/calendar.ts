import { type IcsEvent, toIcs } from '@knutepunkt/calendar';
import type { Db, Prisma } from '@knutepunkt/db';
import { meetingPaths, pathTo, translate, urlOn } from '@knutepunkt/domain';
import type { MailAttachment } from '@knutepunkt/mail';

/**
 * Meetings as calendar events (docs/adr/0019), shared by the calendar routes of apps/server
 * (one meeting, a network's feed, a person's own feed) and the .ics attached to
 * `meeting.confirmed` / `meeting.promoted`: the same UID and SEQUENCE everywhere, so a calendar
 * app updates its one entry. Only what the public page shows: never the video link.
 */

export const CALENDAR_FIELDS = {
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

export type CalendarMeeting = Prisma.MeetingGetPayload<{ select: typeof CALENDAR_FIELDS }>;

/** What a calendar may show: published, cancelled (so calendars remove it) and held meetings; never drafts. */
export const SHOWN_IN_CALENDARS: Prisma.MeetingWhereInput = { status: { in: ['published', 'cancelled', 'held'] } };

/** The attachment's MIME type: METHOD:PUBLISH as in the file (RFC 6047), so mail clients offer "add". */
export const ICS_ATTACHMENT_TYPE = 'text/calendar; method=PUBLISH; charset=utf-8';

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

/** `summaryPrefix`: a person's own feed marks a waiting-list place ("Venteliste: …"). */
export function meetingEvent(
  m: CalendarMeeting,
  base: string,
  options: { summaryPrefix?: string; tentative?: boolean } = {},
): IcsEvent {
  return {
    uid: meetingUid(m.id, base),
    sequence: m.sequence,
    start: m.startsAt,
    end: m.endsAt,
    summary: `${options.summaryPrefix ?? ''}${m.title}`,
    description: m.description.trim() || null,
    location: location(m),
    url: urlOn(base, pathTo(meetingPaths.web.meeting, { slug: m.slug })),
    status: m.status === 'cancelled' ? 'CANCELLED' : options.tentative ? 'TENTATIVE' : 'CONFIRMED',
    categories: [m.network.name],
    created: m.publishedAt,
    lastModified: m.updatedAt,
  };
}

/** An outbox row's `attachment` for a meeting's .ics: built when the message is sent, so its SEQUENCE is current. */
export const meetingIcsAttachmentRef = (meetingId: string) => `meeting-ics:${meetingId}`;

/** The .ics for an e-mail, or null when the meeting is gone or not shown in calendars (a draft). */
export async function meetingIcsAttachment(db: Db, meetingId: string, base: string): Promise<MailAttachment | null> {
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...SHOWN_IN_CALENDARS },
    select: CALENDAR_FIELDS,
  });
  if (!meeting) return null;
  return {
    filename: `${meeting.slug}.ics`,
    contentType: ICS_ATTACHMENT_TYPE,
    content: toIcs({ events: [meetingEvent(meeting, base)] }),
  };
}
