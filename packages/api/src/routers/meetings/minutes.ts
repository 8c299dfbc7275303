import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  INTL_LOCALES,
  type Locale,
  type MinutesSaveInput,
  type MinutesVisibility,
  UserError,
  managesMinutes,
  mayReadMinutes,
  meetingPaths,
  notFound,
  pathTo,
  renderMarkdown,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import { actionPointsOfMeeting, notifyResponsibleEditors } from './action-points.ts';
import { minutesAttachmentUrl } from './minutes-attachments.ts';
import { minutesViewer } from './minutes-viewer.ts';
import { formatMeetingTime } from './notices.ts';
import type { MeetingInScope } from './scope.ts';

/**
 * A meeting's minutes (docs/adr/0020): the coordinators write a draft, then
 * publish it to the audience they choose; the participants are told. Who
 * reads them is the domain's mayReadMinutes; these functions load the facts
 * it needs and do the work.
 */

const MINUTES_SELECT = {
  body: true,
  language: true,
  visibility: true,
  publishedAt: true,
  updatedAt: true,
  attachments: {
    select: { id: true, fileName: true, mimeType: true, size: true, altText: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
  },
} as const satisfies Prisma.MeetingMinutesSelect;

type MinutesRow = Prisma.MeetingMinutesGetPayload<{ select: typeof MINUTES_SELECT }>;

function withUrls(row: MinutesRow) {
  return { ...row, attachments: row.attachments.map((a) => ({ ...a, url: minutesAttachmentUrl(a) })) };
}

/** The admin page: the minutes (or null before the first save), the action points, the network's organisations. */
export async function minutesForStaff(db: Db, meeting: MeetingInScope) {
  const [minutes, actionPoints, members] = await Promise.all([
    db.meetingMinutes.findUnique({ where: { meetingId: meeting.id }, select: MINUTES_SELECT }),
    actionPointsOfMeeting(db, meeting.id),
    db.networkMember.findMany({
      where: { networkId: meeting.networkId },
      select: { organisation: { select: { id: true, name: true } } },
      orderBy: { organisation: { name: 'asc' } },
    }),
  ]);
  return {
    meeting: { id: meeting.id, slug: meeting.slug, title: meeting.title, status: meeting.status },
    minutes: minutes && { ...withUrls(minutes), bodyHtml: renderMarkdown(minutes.body) },
    actionPoints,
    organisations: members.map((m) => m.organisation),
  };
}

/** A meeting that was never published has no minutes (nobody was there). */
function requireMinutesPossible(meeting: MeetingInScope) {
  if (meeting.status === 'draft') throw new UserError('conflict', 'meetings.minutes.error.draftMeeting');
}

/** Save the text. Published minutes stay published (a correction is not news): nobody is told again. */
export async function saveMinutes(db: Db, actorId: string, meeting: MeetingInScope, input: MinutesSaveInput) {
  requireMinutesPossible(meeting);
  return db.$transaction(async (tx) => {
    const before = await tx.meetingMinutes.findUnique({
      where: { meetingId: meeting.id },
      select: { body: true, language: true },
    });
    const row = await tx.meetingMinutes.upsert({
      where: { meetingId: meeting.id },
      create: { meetingId: meeting.id, body: input.body, language: input.language },
      update: { body: input.body, language: input.language },
      select: MINUTES_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: before ? 'update' : 'create',
      entity: 'meetingMinutes',
      entityId: meeting.id,
      ...(before ? { before: { length: before.body.length, language: before.language } } : {}),
      after: { length: row.body.length, language: row.language },
    });
    return withUrls(row);
  });
}

/**
 * Publish (or change the audience of published minutes). The first
 * publication tells the participants (`meeting.minutes`) and the responsible
 * organisations' editors about each action point (`meeting.actionPoint`).
 */
export async function publishMinutes(
  db: Db,
  actorId: string,
  meeting: MeetingInScope,
  visibility: MinutesVisibility,
  urls: SiteUrls,
) {
  requireMinutesPossible(meeting);
  return db.$transaction(async (tx) => {
    const before = await tx.meetingMinutes.findUnique({
      where: { meetingId: meeting.id },
      select: { body: true, visibility: true, publishedAt: true },
    });
    if (!before?.body.trim()) {
      throw new UserError('conflict', 'meetings.minutes.error.empty', {
        fieldErrors: { body: 'meetings.minutes.error.empty' },
      });
    }
    const first = !before.publishedAt;
    const row = await tx.meetingMinutes.update({
      where: { meetingId: meeting.id },
      data: { visibility, ...(first ? { publishedAt: new Date() } : {}) },
      select: MINUTES_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meetingMinutes',
      entityId: meeting.id,
      before: { visibility: before.visibility, published: !first },
      after: { visibility, published: true },
    });
    if (first) {
      await notifyParticipants(tx, meeting, urls);
      const points = await tx.actionPoint.findMany({ where: { meetingId: meeting.id }, select: { id: true } });
      for (const point of points) await notifyResponsibleEditors(tx, point.id, urls);
    }
    return withUrls(row);
  });
}

async function notifyParticipants(tx: Prisma.TransactionClient, meeting: MeetingInScope, urls: SiteUrls) {
  const rows = await tx.meetingRegistration.findMany({
    where: { meetingId: meeting.id, status: 'confirmed', user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, locale: true } } },
  });
  const link = urlOn(urls.web, pathTo(meetingPaths.web.meeting, { slug: meeting.slug }));
  for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
    const group = rows.map((r) => r.user).filter((u) => u.locale === locale);
    await notify(tx, group, {
      kind: 'meeting.minutes',
      subject: 'meetings.mail.minutes.subject',
      body: 'meetings.mail.minutes.body',
      params: { title: meeting.title, when: formatMeetingTime(locale, meeting.startsAt, meeting.endsAt), link },
    });
  }
}

/**
 * The minutes of a meeting for whoever asks, or null: none published, or not
 * for this person. With the action points and whether the asker may update each.
 */
export async function minutesBySlug(db: Db, slug: string, actor: Actor | null) {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: { id: true, networkId: true, status: true, minutes: { select: MINUTES_SELECT } },
  });
  if (!meeting || meeting.status === 'draft') throw notFound();
  const minutes = meeting.minutes;
  if (!minutes?.publishedAt) return null;
  // An anonymous visitor needs no look-ups; public minutes are in the server-rendered page.
  const viewer = await minutesViewer(db, actor, meeting);
  if (!mayReadMinutes(minutes, meeting.networkId, viewer)) return null;
  const actionPoints = await actionPointsOfMeeting(db, meeting.id, actor, meeting.networkId);
  const { body, ...rest } = withUrls(minutes);
  return {
    ...rest,
    bodyHtml: renderMarkdown(body),
    actionPoints,
    managed: managesMinutes(actor, meeting.networkId),
  };
}
