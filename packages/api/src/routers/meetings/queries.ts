import type { Db, Prisma } from '@knutepunkt/db';
import { notFound, registrationWindow, renderMarkdown, seatsLeft } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { MeetingInScope } from './scope.ts';
import { NEEDS_FIELDS } from './selects.ts';
import { LISTED_MEETINGS } from './listed.ts';

const PAGE_SIZE = 20;
const confirmedCount = { _count: { select: { registrations: { where: { status: 'confirmed' as const } } } } };

/** What anyone may read about a meeting: never the video link, never who registered. */
const PUBLIC_FIELDS = {
  id: true,
  slug: true,
  title: true,
  status: true,
  language: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venueName: true,
  venueAddress: true,
  stepFree: true,
  hearingLoop: true,
  quietRoom: true,
  capacity: true,
  openTo: true,
  network: { select: { slug: true, name: true } },
  ...confirmedCount,
} as const satisfies Prisma.MeetingSelect;

/**
 * Published meetings, upcoming (soonest first, cancelled ones shown as such)
 * or past (latest first), for all networks or one.
 */
export async function listMeetings(
  db: Db,
  input: { networkSlug?: string | undefined; when: 'upcoming' | 'past'; page: number },
  now = new Date(),
) {
  const upcoming = input.when === 'upcoming';
  const where: Prisma.MeetingWhereInput = {
    ...LISTED_MEETINGS,
    ...(input.networkSlug ? { network: { slug: input.networkSlug } } : {}),
    ...(upcoming
      ? { status: { in: ['published', 'cancelled'] }, endsAt: { gte: now } }
      : { status: { in: ['published', 'held'] }, endsAt: { lt: now } }),
  };
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      select: PUBLIC_FIELDS,
      orderBy: { startsAt: upcoming ? 'asc' : 'desc' },
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.meeting.count({ where }),
  ]);
  return {
    meetings: rows.map(({ _count, ...m }) => ({ ...m, seatsLeft: seatsLeft(m.capacity, _count.registrations) })),
    total,
    pageSize: PAGE_SIZE,
  };
}

/**
 * A published meeting's page: the plan, the agenda, seats left and the
 * asker's own registration. The video link only for someone with a seat.
 */
export async function meetingBySlug(db: Db, slug: string, userId: string | null, now = new Date()) {
  const meeting = await db.meeting.findUnique({
    where: { slug },
    select: {
      ...PUBLIC_FIELDS,
      description: true,
      registrationOpensAt: true,
      registrationDeadline: true,
      perOrganisationLimit: true,
      sequence: true,
      videoUrl: true,
      agenda: {
        select: { startsAt: true, title: true, description: true, leader: true, kind: true },
        orderBy: { position: 'asc' },
      },
    },
  });
  if (!meeting || meeting.status === 'draft') throw notFound();
  const mine = userId
    ? await db.meetingRegistration.findUnique({
        where: { meetingId_userId: { meetingId: meeting.id, userId } },
        select: {
          id: true,
          status: true,
          position: true,
          attendance: true,
          listConsent: true,
          // Whether the answers were given, never the answers (myRegistrationDetails has them).
          needs: { select: { registrationId: true } },
        },
      })
    : null;
  const active = mine && mine.status !== 'cancelled' ? mine : null;
  const waitingPlace =
    active?.status === 'waiting'
      ? 1 +
        (await db.meetingRegistration.count({
          where: { meetingId: meeting.id, status: 'waiting', position: { lt: active.position } },
        }))
      : null;
  const { _count, videoUrl, description, ...rest } = meeting;
  return {
    ...rest,
    descriptionHtml: renderMarkdown(description),
    seatsLeft: seatsLeft(meeting.capacity, _count.registrations),
    registration: registrationWindow(meeting, now),
    videoUrl: active?.status === 'confirmed' ? videoUrl : null,
    myRegistration: active && {
      id: active.id,
      status: active.status,
      attendance: active.attendance,
      waitingPlace,
      listConsent: active.listConsent,
      // Promoted from the waiting list (which asks only who): the rest is still to be given.
      detailsMissing: active.status === 'confirmed' && active.needs === null,
    },
  };
}

/** One's own registrations that are not cancelled, soonest meeting first, with the place on a waiting list. */
export async function myRegistrations(db: Db, userId: string) {
  const rows = await db.meetingRegistration.findMany({
    where: { userId, status: { in: ['confirmed', 'waiting'] } },
    select: {
      id: true,
      status: true,
      position: true,
      attendance: true,
      meetingId: true,
      meeting: {
        select: { slug: true, title: true, status: true, startsAt: true, endsAt: true, mode: true, venueName: true },
      },
    },
    orderBy: { meeting: { startsAt: 'asc' } },
  });
  return Promise.all(
    rows.map(async ({ position, meetingId, ...r }) => ({
      ...r,
      waitingPlace:
        r.status === 'waiting'
          ? 1 +
            (await db.meetingRegistration.count({
              where: { meetingId, status: 'waiting', position: { lt: position } },
            }))
          : null,
    })),
  );
}

/**
 * The registration list with the sensitive answers (dietary, access, travel
 * support), for the network's coordinators only. Every read is written to
 * the audit log (who, which meeting, how many).
 */
export async function registrationList(db: Db, actorId: string, meeting: MeetingInScope) {
  const rows = await db.meetingRegistration.findMany({
    where: { meetingId: meeting.id },
    select: {
      id: true,
      status: true,
      position: true,
      attendance: true,
      listConsent: true,
      arrivedAt: true,
      cancelledAt: true,
      user: { select: { id: true, name: true, email: true } },
      organisation: { select: { id: true, name: true } },
      registeredBy: { select: { name: true } },
      needs: { select: NEEDS_FIELDS },
    },
    orderBy: { position: 'asc' },
  });
  await recordAudit(db, {
    actorId,
    action: 'read',
    entity: 'meeting',
    entityId: meeting.id,
    after: { registrationList: rows.length, sensitive: true },
  });
  let place = 0;
  return rows.map((r) => ({ ...r, waitingPlace: r.status === 'waiting' ? ++place : null }));
}
