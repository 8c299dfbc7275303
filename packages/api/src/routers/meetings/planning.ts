import type { Db, Prisma } from '@knutepunkt/db';
import type { agendaInput } from '@knutepunkt/domain';
import {
  type Actor,
  type MeetingAction,
  type MeetingFields,
  type OsloDateTimeInput,
  UserError,
  meetingChanges,
  nextMeetingStatus,
  nextSequence,
  notFound,
  osloLocalToUtc,
  slugify,
  utcToOslo,
} from '@knutepunkt/domain';
import type { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import { freeSlug } from '../../unique.ts';
import type { SiteUrls } from '../../context.ts';
import { notifyAboutMeeting, registeredPeople } from './notices.ts';
import { promoteWaiting } from './promotion.ts';
import { type MeetingInScope, lockMeeting } from './scope.ts';
import { MEETING_NOTICE_FIELDS } from './selects.ts';

type Tx = Prisma.TransactionClient;

const toUtc = (value: OsloDateTimeInput, field: string) =>
  osloLocalToUtc(value.date, value.time, value.disambiguation, { field });

/** A form's fields as the database keeps them: times in UTC, checked against each other. */
export function meetingData(input: MeetingFields) {
  const startsAt = toUtc(input.startsAt, 'startsAt');
  const endsAt = toUtc(input.endsAt, 'endsAt');
  const registrationOpensAt = input.registrationOpensAt && toUtc(input.registrationOpensAt, 'registrationOpensAt');
  const registrationDeadline = input.registrationDeadline && toUtc(input.registrationDeadline, 'registrationDeadline');
  const fieldError = (
    field: string,
    key:
      | 'meetings.validation.endBeforeStart'
      | 'meetings.validation.deadlineAfterStart'
      | 'meetings.validation.opensAfterDeadline'
      | 'meetings.validation.venueRequired',
  ) => new UserError('badRequest', key, { fieldErrors: { [field]: key } });
  if (endsAt <= startsAt) throw fieldError('endsAt', 'meetings.validation.endBeforeStart');
  if (registrationDeadline && registrationDeadline > startsAt) {
    throw fieldError('registrationDeadline', 'meetings.validation.deadlineAfterStart');
  }
  if (registrationOpensAt && registrationOpensAt >= (registrationDeadline ?? startsAt)) {
    throw fieldError('registrationOpensAt', 'meetings.validation.opensAfterDeadline');
  }
  if (input.mode !== 'online' && !input.venueName) throw fieldError('venueName', 'meetings.validation.venueRequired');
  // Field by field: the procedure's input also holds the ids that named the meeting.
  return {
    title: input.title,
    description: input.description,
    language: input.language,
    mode: input.mode,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    stepFree: input.stepFree,
    hearingLoop: input.hearingLoop,
    quietRoom: input.quietRoom,
    videoUrl: input.videoUrl,
    capacity: input.capacity,
    perOrganisationLimit: input.perOrganisationLimit,
    openTo: input.openTo,
    startsAt,
    endsAt,
    registrationOpensAt,
    registrationDeadline,
    // Left out by the caller: kept as it is (a new meeting gets the default, 30).
    ...(input.sensitiveRetentionDays === undefined ? {} : { sensitiveRetentionDays: input.sensitiveRetentionDays }),
  };
}

function meetingSlug(db: Db, title: string, startsAt: Date): Promise<string> {
  return freeSlug(`${slugify(title).slice(0, 60) || 'mote'}-${utcToOslo(startsAt).date}`, async (base) =>
    (await db.meeting.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((m) => m.slug),
  );
}

/** A new meeting, as a draft only its network's coordinators see. */
export async function createMeeting(db: Db, actorId: string, input: MeetingFields & { networkId: string }) {
  const data = meetingData(input);
  const slug = await meetingSlug(db, input.title, data.startsAt);
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: { ...data, networkId: input.networkId, slug },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'meeting',
      entityId: meeting.id,
      after: { slug, title: input.title },
    });
    return meeting;
  });
}

/** Take `action` on the locked meeting, or refuse: someone may have acted first. */
function requireStatus(meeting: MeetingInScope, action: MeetingAction) {
  const next = nextMeetingStatus(meeting.status, action);
  if (!next) throw new UserError('conflict', 'meetings.error.state');
  return next;
}

async function locked(tx: Tx, meetingId: string): Promise<MeetingInScope> {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting) throw notFound();
  return meeting;
}

/**
 * Change what is planned. After publishing every change raises the
 * calendar's sequence; a new time or place is told to everyone registered,
 * and more seats go to the waiting list at once (while registration is open).
 */
export async function updateMeeting(db: Db, actorId: string, meetingId: string, input: MeetingFields, urls: SiteUrls) {
  const data = meetingData(input);
  return db.$transaction(async (tx) => {
    const before = await locked(tx, meetingId);
    requireStatus(before, 'edit');
    const sequence = nextSequence(before.status, before.sequence);
    const after = await tx.meeting.update({
      where: { id: meetingId },
      data: { ...data, sequence },
      select: { id: true, ...MEETING_NOTICE_FIELDS },
    });
    const changes = meetingChanges(before, after);
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meetingId,
      before: { title: before.title, startsAt: before.startsAt, endsAt: before.endsAt, sequence: before.sequence },
      after: { title: after.title, startsAt: after.startsAt, endsAt: after.endsAt, sequence, changes },
    });
    if (before.status === 'published') {
      if (changes.length > 0) {
        await notifyAboutMeeting(tx, await registeredPeople(tx, meetingId), 'changed', after, urls, changes);
      }
      const fresh = await locked(tx, meetingId);
      await promoteWaiting(tx, fresh, urls, new Date());
    }
    return { id: after.id, slug: after.slug, sequence, changes };
  });
}

/** Publish, cancel or mark as held. Cancelling tells everyone registered. */
export async function changeMeetingStatus(
  db: Db,
  actorId: string,
  meetingId: string,
  action: 'publish' | 'cancel' | 'markHeld',
  urls: SiteUrls,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const before = await locked(tx, meetingId);
    const status = requireStatus(before, action);
    if (action === 'markHeld' && now < before.startsAt) throw new UserError('conflict', 'meetings.error.notStarted');
    const sequence = action === 'cancel' ? nextSequence(before.status, before.sequence) : before.sequence;
    const meeting = await tx.meeting.update({
      where: { id: meetingId },
      data: {
        status,
        sequence,
        ...(action === 'publish' ? { publishedAt: now } : {}),
        ...(action === 'cancel' ? { cancelledAt: now } : {}),
      },
      select: {
        id: true,
        slug: true,
        title: true,
        startsAt: true,
        endsAt: true,
        mode: true,
        venueName: true,
        venueAddress: true,
        status: true,
        sequence: true,
      },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meetingId,
      before: { status: before.status },
      after: { status, sequence },
    });
    if (action === 'cancel' && before.status === 'published') {
      await notifyAboutMeeting(tx, await registeredPeople(tx, meetingId), 'cancelled', meeting, urls);
    }
    return { id: meeting.id, status: meeting.status, sequence: meeting.sequence };
  });
}

/** Replace the agenda with the items given, in their order. */
export async function setAgenda(db: Db, actorId: string, meetingId: string, input: z.output<typeof agendaInput>) {
  const items = input.items.map((item, position) => ({
    meetingId,
    position,
    title: item.title,
    description: item.description,
    leader: item.leader,
    kind: item.kind,
    startsAt: item.startsAt && toUtc(item.startsAt, `items.${position}.startsAt`),
  }));
  return db.$transaction(async (tx) => {
    const meeting = await locked(tx, meetingId);
    requireStatus(meeting, 'edit');
    await tx.agendaItem.deleteMany({ where: { meetingId } });
    await tx.agendaItem.createMany({ data: items });
    await tx.meeting.update({
      where: { id: meetingId },
      data: { sequence: nextSequence(meeting.status, meeting.sequence) },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meeting',
      entityId: meetingId,
      after: { agendaItems: items.length },
    });
    return { items: items.length };
  });
}

/** The meetings of the networks the person coordinates (all, for an admin), newest first. */
export async function meetingsForStaff(db: Db, actor: Actor, networkId: string | undefined) {
  const networks = actor.isAdmin ? undefined : actor.coordinatorOf;
  if (networkId && networks && !networks.includes(networkId)) return [];
  const meetings = await db.meeting.findMany({
    where: { networkId: networkId ?? (networks ? { in: [...networks] } : undefined) },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      network: { select: { id: true, name: true } },
      _count: { select: { registrations: { where: { status: 'confirmed' } } } },
    },
    orderBy: { startsAt: 'desc' },
    take: 200,
  });
  // The admin list shows the waiting list's length beside the seats taken.
  const waiting = await db.meetingRegistration.groupBy({
    by: ['meetingId'],
    where: { meetingId: { in: meetings.map((m) => m.id) }, status: 'waiting' },
    _count: true,
  });
  const waitingOf = new Map(waiting.map((w) => [w.meetingId, w._count]));
  return meetings.map((m) => ({ ...m, waiting: waitingOf.get(m.id) ?? 0 }));
}

/** Everything about one meeting for its coordinators: the plan, the agenda and the counts (not who registered). */
export async function meetingForStaff(db: Db, meetingId: string) {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    include: { agenda: { orderBy: { position: 'asc' } }, network: { select: { id: true, slug: true, name: true } } },
  });
  if (!meeting) throw notFound();
  const counts = await db.meetingRegistration.groupBy({ by: ['status'], where: { meetingId }, _count: true });
  const count = (status: string) => counts.find((c) => c.status === status)?._count ?? 0;
  return { ...meeting, confirmed: count('confirmed'), waiting: count('waiting') };
}
