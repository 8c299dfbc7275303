import type { Prisma } from '@knutepunkt/db';
import {
  INTL_LOCALES,
  type Locale,
  type MeetingChange,
  type MessageKey,
  OSLO_TIME_ZONE,
  meetingPaths,
  pathTo,
  translate,
  urlOn,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';
import { meetingIcsAttachmentRef } from './calendar.ts';

type Tx = Prisma.TransactionClient;

/** What the e-mails say about a meeting. */
export interface MeetingForNotice {
  id: string;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: 'in_person' | 'online' | 'hybrid';
  venueName: string | null;
  venueAddress: string | null;
}

export type MeetingNoticeKind = 'confirmed' | 'promoted' | 'changed' | 'cancelled' | 'evaluation';

/** "torsdag 20. mai 2027 kl. 09:00–16:00", in Oslo time and the reader's language. */
export function formatMeetingTime(locale: Locale, startsAt: Date, endsAt: Date): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OSLO_TIME_ZONE,
  });
  return format.formatRange(startsAt, endsAt);
}

/** "Rådhuset, Storgata 1 (+ digitalt)": where the meeting is, in the reader's language. */
export function formatPlace(locale: Locale, meeting: MeetingForNotice): string {
  const venue = [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ');
  if (meeting.mode === 'online') return translate(locale, 'meetings.mail.online');
  if (meeting.mode === 'hybrid') return `${venue} (+ ${translate(locale, 'meetings.mail.online')})`;
  return venue;
}

function formatChanges(locale: Locale, changes: readonly MeetingChange[]): string {
  return changes
    .map((c) => translate(locale, `meetings.change.${c}`))
    .join(` ${translate(locale, 'meetings.mail.and')} `);
}

const KEYS: Record<MeetingNoticeKind, { subject: MessageKey; body: MessageKey }> = {
  confirmed: { subject: 'meetings.mail.confirmed.subject', body: 'meetings.mail.confirmed.body' },
  promoted: { subject: 'meetings.mail.promoted.subject', body: 'meetings.mail.promoted.body' },
  changed: { subject: 'meetings.mail.changed.subject', body: 'meetings.mail.changed.body' },
  cancelled: { subject: 'meetings.mail.cancelled.subject', body: 'meetings.mail.cancelled.body' },
  evaluation: { subject: 'meetings.mail.evaluation.subject', body: 'meetings.mail.evaluation.body' },
};

/**
 * Tell people about a meeting (`meeting.confirmed`, `meeting.promoted`,
 * `meeting.changed`, `meeting.cancelled`) through the outbox, in the same
 * transaction as the change. Dates are written in each reader's language, so
 * the recipients are told in groups by language.
 */
export async function notifyAboutMeeting(
  tx: Tx,
  recipients: readonly Recipient[],
  kind: MeetingNoticeKind,
  meeting: MeetingForNotice,
  urls: SiteUrls,
  changes: readonly MeetingChange[] = [],
  /** The page the link opens, when not the meeting's own (the evaluation form: docs/adr/0022). */
  page: typeof meetingPaths.web.meeting | typeof meetingPaths.web.evaluation = meetingPaths.web.meeting,
): Promise<void> {
  const link = urlOn(urls.web, pathTo(page, { slug: meeting.slug }));
  for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
    const group = recipients.filter((r) => r.locale === locale);
    if (group.length === 0) continue;
    await notify(tx, group, {
      kind: `meeting.${kind}`,
      ...KEYS[kind],
      // A seat is in the calendar: the confirmation and the promotion carry the meeting's .ics.
      ...(kind === 'confirmed' || kind === 'promoted' ? { attachment: meetingIcsAttachmentRef(meeting.id) } : {}),
      params: {
        title: meeting.title,
        when: formatMeetingTime(locale, meeting.startsAt, meeting.endsAt),
        place: formatPlace(locale, meeting),
        changes: formatChanges(locale, changes),
        link,
      },
    });
  }
}

/** Those registered (confirmed or waiting) for a meeting, as recipients. */
export async function registeredPeople(tx: Tx, meetingId: string): Promise<Recipient[]> {
  const rows = await tx.meetingRegistration.findMany({
    where: { meetingId, status: { in: ['confirmed', 'waiting'] }, user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => r.user);
}

/** The given people, as recipients (disabled accounts are not written to). */
export function peopleByIds(tx: Tx, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.user.findMany({
    where: { id: { in: [...ids] }, disabledAt: null },
    select: { id: true, email: true, locale: true },
  });
}
