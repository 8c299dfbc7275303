import type { Db, Prisma } from '@knutepunkt/db';
import {
  ACTION_POINT_LIMITS,
  type ActionPointFields,
  type ActionPointStatusInput,
  type Actor,
  INTL_LOCALES,
  type Locale,
  UserError,
  mayUpdateActionPoint,
  meetingPaths,
  pathTo,
  statusChangeProblem,
  translate,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';
import type { MeetingInScope } from './scope.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * Action points (docs/adr/0020): the coordinators add them to a meeting's
 * minutes; the responsible organisations' editors (and the coordinators)
 * update their status with a comment. Every update is a row of its own; the
 * point's `status` is the latest one's, kept beside it for "siden sist".
 */

export const ACTION_POINT_SELECT = {
  id: true,
  meetingId: true,
  what: true,
  dueDate: true,
  status: true,
  organisations: { select: { organisation: { select: { id: true, name: true } } } },
  updates: {
    select: { id: true, status: true, comment: true, createdAt: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  },
} as const satisfies Prisma.ActionPointSelect;

type ActionPointRow = Prisma.ActionPointGetPayload<{ select: typeof ACTION_POINT_SELECT }>;

/** A due date is a calendar date: stored at UTC midnight, given back as 'YYYY-MM-DD' whatever the zone. */
export const toPlainDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const fromPlainDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

export function shapeActionPoint(row: ActionPointRow, actor: Actor | null = null, networkId = '') {
  const organisations = row.organisations.map((o) => o.organisation);
  return {
    id: row.id,
    meetingId: row.meetingId,
    what: row.what,
    dueDate: toPlainDate(row.dueDate),
    status: row.status,
    organisations,
    history: row.updates.map((u) => ({ ...u, author: u.author?.name ?? null })),
    latestComment: row.updates.find((u) => u.comment)?.comment ?? null,
    canUpdate: mayUpdateActionPoint(actor, { networkId, organisationIds: organisations.map((o) => o.id) }),
  };
}

export type ActionPointView = ReturnType<typeof shapeActionPoint>;

export async function actionPointsOfMeeting(
  db: Tx,
  meetingId: string,
  actor: Actor | null = null,
  networkId = '',
): Promise<ActionPointView[]> {
  const rows = await db.actionPoint.findMany({
    where: { meetingId },
    select: ACTION_POINT_SELECT,
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
  });
  return rows.map((row) => shapeActionPoint(row, actor, networkId));
}

/** Responsible organisations must be members of the meeting's network. */
async function requireNetworkMembers(db: Tx, networkId: string, organisationIds: readonly string[]) {
  const found = await db.networkMember.count({ where: { networkId, organisationId: { in: [...organisationIds] } } });
  if (found !== organisationIds.length) {
    throw new UserError('badRequest', 'meetings.actionPoints.error.notInNetwork', {
      fieldErrors: { organisationIds: 'meetings.actionPoints.error.notInNetwork' },
    });
  }
}

const minutesPublished = async (db: Tx, meetingId: string) =>
  !!(await db.meetingMinutes.findUnique({ where: { meetingId }, select: { publishedAt: true } }))?.publishedAt;

export async function createActionPoint(
  db: Db,
  actorId: string,
  meeting: MeetingInScope,
  input: ActionPointFields,
  urls: SiteUrls,
) {
  if (meeting.status === 'draft') throw new UserError('conflict', 'meetings.minutes.error.draftMeeting');
  await requireNetworkMembers(db, meeting.networkId, input.organisationIds);
  return db.$transaction(async (tx) => {
    const count = await tx.actionPoint.count({ where: { meetingId: meeting.id } });
    if (count >= ACTION_POINT_LIMITS.perMeeting) {
      throw new UserError('conflict', 'meetings.actionPoints.error.tooMany', {
        params: { max: ACTION_POINT_LIMITS.perMeeting },
      });
    }
    const row = await tx.actionPoint.create({
      data: {
        meetingId: meeting.id,
        what: input.what,
        dueDate: fromPlainDate(input.dueDate),
        position: count,
        organisations: { create: input.organisationIds.map((organisationId) => ({ organisationId })) },
        updates: { create: { status: 'open', authorId: actorId } },
      },
      select: ACTION_POINT_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'actionPoint',
      entityId: row.id,
      after: { meetingId: meeting.id, what: row.what, dueDate: input.dueDate, organisationIds: input.organisationIds },
    });
    // Added after the minutes were published: the editors hear of it now, not at publication.
    if (await minutesPublished(tx, meeting.id)) await notifyResponsibleEditors(tx, row.id, urls);
    return shapeActionPoint(row);
  });
}

export async function updateActionPoint(
  db: Db,
  actorId: string,
  pointId: string,
  networkId: string,
  input: ActionPointFields,
) {
  await requireNetworkMembers(db, networkId, input.organisationIds);
  return db.$transaction(async (tx) => {
    const before = await tx.actionPoint.findUniqueOrThrow({ where: { id: pointId }, select: ACTION_POINT_SELECT });
    await tx.actionPointOrganisation.deleteMany({ where: { actionPointId: pointId } });
    const row = await tx.actionPoint.update({
      where: { id: pointId },
      data: {
        what: input.what,
        dueDate: fromPlainDate(input.dueDate),
        organisations: { create: input.organisationIds.map((organisationId) => ({ organisationId })) },
      },
      select: ACTION_POINT_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'actionPoint',
      entityId: pointId,
      before: {
        what: before.what,
        dueDate: toPlainDate(before.dueDate),
        organisationIds: before.organisations.map((o) => o.organisation.id),
      },
      after: { what: row.what, dueDate: input.dueDate, organisationIds: input.organisationIds },
    });
    return shapeActionPoint(row);
  });
}

export async function deleteActionPoint(db: Db, actorId: string, pointId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.actionPoint.delete({ where: { id: pointId }, select: { what: true, meetingId: true } });
    await recordAudit(tx, { actorId, action: 'delete', entity: 'actionPoint', entityId: pointId, before });
  });
  return { ok: true as const };
}

/**
 * A new status with its comment, by an editor of a responsible organisation
 * or a coordinator. Closing (done, dropped) needs a comment. Only once the
 * minutes are published: before that, the point is the coordinators' draft.
 */
export async function updateActionPointStatus(
  db: Db,
  actorId: string,
  point: { id: string; meetingId: string },
  input: ActionPointStatusInput,
) {
  if (statusChangeProblem(input)) {
    throw new UserError('badRequest', 'meetings.actionPoints.error.commentRequired', {
      fieldErrors: { comment: 'meetings.actionPoints.error.commentRequired' },
    });
  }
  if (!(await minutesPublished(db, point.meetingId))) {
    throw new UserError('conflict', 'meetings.actionPoints.error.notPublished');
  }
  return db.$transaction(async (tx) => {
    const before = await tx.actionPoint.findUniqueOrThrow({ where: { id: point.id }, select: { status: true } });
    await tx.actionPointUpdate.create({
      data: { actionPointId: point.id, status: input.status, comment: input.comment, authorId: actorId },
    });
    const row = await tx.actionPoint.update({
      where: { id: point.id },
      data: { status: input.status },
      select: ACTION_POINT_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'actionPoint',
      entityId: point.id,
      before: { status: before.status },
      after: { status: input.status, comment: input.comment },
    });
    return shapeActionPoint(row);
  });
}

/** Tell the editors of each responsible organisation about a point (`meeting.actionPoint`), one mail per organisation. */
export async function notifyResponsibleEditors(tx: Prisma.TransactionClient, pointId: string, urls: SiteUrls) {
  const point = await tx.actionPoint.findUniqueOrThrow({
    where: { id: pointId },
    select: {
      what: true,
      dueDate: true,
      meeting: { select: { slug: true, title: true } },
      organisations: {
        select: {
          organisation: {
            select: {
              name: true,
              memberships: {
                where: { role: 'EDITOR', status: 'APPROVED', user: { disabledAt: null } },
                select: { user: { select: { id: true, email: true, locale: true } } },
              },
            },
          },
        },
      },
    },
  });
  const link = urlOn(urls.web, pathTo(meetingPaths.web.meeting, { slug: point.meeting.slug }));
  const due = toPlainDate(point.dueDate);
  for (const { organisation } of point.organisations) {
    const editors = organisation.memberships.map((m) => m.user);
    for (const locale of Object.keys(INTL_LOCALES) as Locale[]) {
      await notify(
        tx,
        editors.filter((e) => e.locale === locale),
        {
          kind: 'meeting.actionPoint',
          subject: 'meetings.mail.actionPoint.subject',
          body: 'meetings.mail.actionPoint.body',
          params: {
            organisation: organisation.name,
            title: point.meeting.title,
            what: point.what,
            due: due ?? translate(locale, 'meetings.mail.actionPoint.noDue'),
            link,
          },
        },
      );
    }
  }
}
