import { generateLinkToken, isLinkTokenShape, linkTokenHash } from '@knutepunkt/auth';
import type { Db } from '@knutepunkt/db';
import { personalCalendarPath, translate, urlOn } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { CALENDAR_FIELDS, SHOWN_IN_CALENDARS, type CalendarMeeting } from './calendar.ts';
import { type StarredSession, starredSessionsFor } from '../conference/stars-calendar.ts';

/**
 * A person's own calendar feed (docs/adr/0019): `/kalender/<token>.ics` lists the meetings they
 * hold a seat or a waiting-list place for. The token is 32 random bytes; only its SHA-256 is
 * kept (as with e-mail link tokens), so the address is shown once, when made, and renewing it
 * replaces the hash: the old address answers 404 at once. The feed never carries the video link
 * (a calendar address is easily shared); its events link to the meeting's page.
 */

/** Meetings that ended longer ago than this drop out of the feed. */
const FEED_PAST_DAYS = 90;

export async function calendarFeedStatus(db: Db, userId: string) {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
  return { exists: feed !== null, createdAt: feed?.createdAt ?? null };
}

/** Make the feed's address, or a new one in place of the old (which stops working). Returns it, once. */
export async function renewCalendarFeed(db: Db, userId: string, urls: SiteUrls) {
  const token = generateLinkToken();
  const tokenHash = linkTokenHash(token);
  const createdAt = new Date();
  await db.$transaction(async (tx) => {
    const before = await tx.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
    await tx.calendarFeed.upsert({
      where: { userId },
      create: { userId, tokenHash, createdAt },
      update: { tokenHash, createdAt },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: before ? 'update' : 'create',
      entity: 'calendarFeed',
      entityId: userId,
      // Never the token or its hash.
      after: { renewed: before !== null },
    });
  });
  return { url: urlOn(urls.web, personalCalendarPath(token)), createdAt };
}

export async function removeCalendarFeed(db: Db, userId: string) {
  await db.$transaction(async (tx) => {
    const removed = await tx.calendarFeed.deleteMany({ where: { userId } });
    if (removed.count > 0) {
      await recordAudit(tx, { actorId: userId, action: 'delete', entity: 'calendarFeed', entityId: userId });
    }
  });
  return { exists: false };
}

export interface PersonalFeedEntry {
  meeting: CalendarMeeting;
  waiting: boolean;
}

/**
 * The feed behind a token: null when the token is not one we handed out (or was renewed or
 * removed since). The token is the only check; nothing else about the person is read.
 */
export async function personalFeed(
  db: Db,
  token: string,
  now = new Date(),
): Promise<{ entries: PersonalFeedEntry[]; starred: StarredSession[]; locale: 'nb' | 'nn' | 'en' } | null> {
  if (!isLinkTokenShape(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: linkTokenHash(token) },
    select: { userId: true, user: { select: { locale: true, disabledAt: true } } },
  });
  if (!feed || feed.user.disabledAt) return null;
  const rows = await db.meetingRegistration.findMany({
    where: {
      userId: feed.userId,
      status: { in: ['confirmed', 'waiting'] },
      meeting: { ...SHOWN_IN_CALENDARS, endsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) } },
    },
    select: { status: true, meeting: { select: CALENDAR_FIELDS } },
    orderBy: { meeting: { startsAt: 'asc' } },
  });
  return {
    entries: rows.map((r) => ({ meeting: r.meeting, waiting: r.status === 'waiting' })),
    // The conference sessions they starred (docs/adr/0024): the same feed, revoked with it.
    starred: await starredSessionsFor(db, feed.userId),
    locale: feed.user.locale,
  };
}

/** The feed's name and the waiting-list prefix, in the person's language. */
export function personalFeedTexts(locale: 'nb' | 'nn' | 'en') {
  return {
    name: translate(locale, 'meetings.calendar.personalFeedName'),
    waitingPrefix: `${translate(locale, 'meetings.calendar.waitingPrefix')}: `,
  };
}
