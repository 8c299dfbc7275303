import type { Db, Prisma } from '@knutepunkt/db';
import {
  INTL_LOCALES,
  type Locale,
  type MessageKey,
  OSLO_TIME_ZONE,
  REMINDER_LEAD_MS,
  deadlineNoticeDue,
  meetingPaths,
  pathTo,
  reminderDue,
  translate,
  urlOn,
  utcToOslo,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';
import { type MeetingForNotice, formatMeetingTime, formatPlace } from './notices.ts';

/**
 * The meetings' scheduled e-mails (docs/adr/0018): the reminder two days before
 * to everyone registered, and the coordinators' summary when the registration
 * deadline has passed. Each is sent once per meeting: a marker on the meeting
 * (`reminderSentAt`, `deadlineNoticeSentAt`) is claimed with a conditional
 * UPDATE on the value just read, in the same transaction as notify(). Of two
 * servers running the job at once only one wins the update (the other's waits
 * for the row and then matches nothing), so one e-mail goes per person.
 */

type Tx = Prisma.TransactionClient;

const NOTICE_FIELDS = {
  id: true,
  networkId: true,
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venueName: true,
  venueAddress: true,
  videoUrl: true,
  status: true,
  registrationDeadline: true,
  reminderSentAt: true,
  deadlineNoticeSentAt: true,
} as const satisfies Prisma.MeetingSelect;

/** Send the two-day reminders that are due at `now`. Returns the ids of the meetings reminded by this run. */
export async function sendMeetingReminders(db: Db, urls: SiteUrls, now = new Date()): Promise<string[]> {
  const candidates = await db.meeting.findMany({
    where: { status: 'published', startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_LEAD_MS) } },
    select: NOTICE_FIELDS,
  });
  const reminded: string[] = [];
  for (const meeting of candidates.filter((m) => reminderDue(m, now))) {
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.meeting.updateMany({
        where: {
          id: meeting.id,
          status: 'published',
          startsAt: meeting.startsAt,
          reminderSentAt: meeting.reminderSentAt,
        },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return false; // another run (or a change) came first
      await remindRegistered(tx, meeting, urls);
      return true;
    });
    if (sent) reminded.push(meeting.id);
  }
  return reminded;
}

type NoticeMeeting = MeetingForNotice & { id: string; videoUrl: string | null };

/** The programme as lines of Oslo time and title, under its heading; empty without one. */
function agendaBlock(locale: Locale, items: { startsAt: Date | null; title: string; leader: string | null }[]) {
  if (items.length === 0) return '';
  const lines = items.map((item) => {
    const time = item.startsAt ? utcToOslo(item.startsAt).time : '–';
    return `${time}  ${item.title}${item.leader ? ` (${item.leader})` : ''}`;
  });
  return `${translate(locale, 'meetings.mail.reminder.agenda')}\n${lines.join('\n')}\n\n`;
}

async function remindRegistered(tx: Tx, meeting: NoticeMeeting, urls: SiteUrls): Promise<void> {
  const [agenda, registrations] = await Promise.all([
    tx.agendaItem.findMany({
      where: { meetingId: meeting.id },
      select: { startsAt: true, title: true, leader: true },
      orderBy: { position: 'asc' },
    }),
    tx.meetingRegistration.findMany({
      where: { meetingId: meeting.id, status: { in: ['confirmed', 'waiting'] }, user: { disabledAt: null } },
      select: { status: true, user: { select: { id: true, email: true, locale: true } } },
    }),
  ]);
  const link = urlOn(urls.web, pathTo(meetingPaths.web.meeting, { slug: meeting.slug }));
  for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
    for (const status of ['confirmed', 'waiting'] as const) {
      const group: Recipient[] = registrations
        .filter((r) => r.status === status && r.user.locale === locale)
        .map((r) => r.user);
      if (group.length === 0) continue;
      // The video link only for those with a seat, as on the meeting's page.
      const video =
        status === 'confirmed' && meeting.videoUrl
          ? `${translate(locale, 'meetings.mail.reminder.video', { url: meeting.videoUrl })}\n\n`
          : '';
      const body: MessageKey =
        status === 'confirmed' ? 'meetings.mail.reminder.body' : 'meetings.mail.reminderWaiting.body';
      await notify(tx, group, {
        kind: 'meeting.reminder',
        subject: 'meetings.mail.reminder.subject',
        body,
        params: {
          title: meeting.title,
          when: formatMeetingTime(locale, meeting.startsAt, meeting.endsAt),
          place: formatPlace(locale, meeting),
          video,
          agenda: agendaBlock(locale, agenda),
          link,
        },
      });
    }
  }
}

/** "torsdag 10. mai 2031 kl. 23:59": one instant in Oslo time and the reader's language. */
function formatInstant(locale: Locale, instant: Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OSLO_TIME_ZONE,
  }).format(instant);
}

/**
 * Tell each network's coordinators that a meeting's registration deadline has
 * passed (how many have a seat, how many wait, and that they now decide on
 * the waiting list), once per deadline. Returns the ids of the meetings told about.
 */
export async function sendDeadlineNotices(db: Db, urls: SiteUrls, now = new Date()): Promise<string[]> {
  const candidates = await db.meeting.findMany({
    where: { status: 'published', registrationDeadline: { lte: now }, startsAt: { gt: now } },
    select: NOTICE_FIELDS,
  });
  const told: string[] = [];
  for (const meeting of candidates.filter((m) => deadlineNoticeDue(m, now))) {
    const sent = await db.$transaction(async (tx) => {
      const claimed = await tx.meeting.updateMany({
        where: {
          id: meeting.id,
          status: 'published',
          registrationDeadline: meeting.registrationDeadline,
          deadlineNoticeSentAt: meeting.deadlineNoticeSentAt,
        },
        data: { deadlineNoticeSentAt: now },
      });
      if (claimed.count === 0) return false;
      await tellCoordinators(tx, meeting, meeting.registrationDeadline!, urls);
      return true;
    });
    if (sent) told.push(meeting.id);
  }
  return told;
}

async function tellCoordinators(
  tx: Tx,
  meeting: NoticeMeeting & { networkId: string },
  deadline: Date,
  urls: SiteUrls,
): Promise<void> {
  const [coordinators, counts] = await Promise.all([
    tx.networkCoordinator.findMany({
      where: { networkId: meeting.networkId, user: { disabledAt: null } },
      select: { user: { select: { id: true, email: true, locale: true } } },
    }),
    tx.meetingRegistration.groupBy({ by: ['status'], where: { meetingId: meeting.id }, _count: true }),
  ]);
  const count = (status: string) => String(counts.find((c) => c.status === status)?._count ?? 0);
  const link = urlOn(urls.admin, pathTo(meetingPaths.admin.registrations, { meetingId: meeting.id }));
  for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
    const group = coordinators.map((c) => c.user).filter((u) => u.locale === locale);
    if (group.length === 0) continue;
    await notify(tx, group, {
      kind: 'meeting.deadlinePassed',
      subject: 'meetings.mail.deadlinePassed.subject',
      body: 'meetings.mail.deadlinePassed.body',
      params: {
        title: meeting.title,
        when: formatMeetingTime(locale, meeting.startsAt, meeting.endsAt),
        deadline: formatInstant(locale, deadline),
        confirmed: count('confirmed'),
        waiting: count('waiting'),
        link,
      },
    });
  }
}
