import type { Db } from '@knutepunkt/db';
import { CHECK_IN_CLOSES_AFTER_MS, CHECK_IN_OPENS_BEFORE_MS, checkInWindow } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { MeetingInScope } from './scope.ts';

/**
 * The lists of the day (docs/adr/0021): the check-in list, the printable
 * participant list, the badges and attendance per organisation. All for the
 * meeting's coordinators and admins; only the badges with needs markers read
 * sensitive answers, and that read is audited.
 */

// Norwegian order (æ, ø, å last), the same whatever the server's locale.
const byName = new Intl.Collator('nb', { sensitivity: 'base' });
const sortByName = <T extends { name: string }>(rows: T[]): T[] => rows.sort((a, b) => byName.compare(a.name, b.name));

const confirmed = (meetingId: string) => ({ meetingId, status: 'confirmed' as const });
const person = { user: { select: { name: true } }, organisation: { select: { name: true } } } as const;

/** Everyone with a seat, by name: who they are, where from, and whether they have come. */
export async function checkInList(db: Db, meeting: MeetingInScope, now = new Date()) {
  const rows = await db.meetingRegistration.findMany({
    where: confirmed(meeting.id),
    select: { id: true, attended: true, attendedMarkedAt: true, attendance: true, ...person },
  });
  return {
    window: checkInWindow(meeting, now),
    opensAt: new Date(meeting.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS),
    closesAt: new Date(meeting.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS),
    people: sortByName(
      rows.map((r) => ({
        registrationId: r.id,
        name: r.user.name,
        organisation: r.organisation?.name ?? null,
        attendance: r.attendance,
        attended: r.attended,
        markedAt: r.attendedMarkedAt,
      })),
    ),
  };
}

/** The list to print and hand out: only those who agreed to be on it, name and organisation, nothing more. */
export async function participantList(db: Db, meeting: MeetingInScope) {
  const [rows, total] = await Promise.all([
    db.meetingRegistration.findMany({ where: { ...confirmed(meeting.id), listConsent: true }, select: person }),
    db.meetingRegistration.count({ where: confirmed(meeting.id) }),
  ]);
  return {
    people: sortByName(rows.map((r) => ({ name: r.user.name, organisation: r.organisation?.name ?? null }))),
    /** Everyone with a seat, so the page can say how many are left out. */
    total,
  };
}

export const BADGE_MARKERS = [
  'signLanguage',
  'writtenInterpretation',
  'hearingLoop',
  'wheelchair',
  'otherAccess',
  'dietary',
] as const;
export type BadgeMarker = (typeof BADGE_MARKERS)[number];

/**
 * Name badges for everyone with a seat who comes in person. With `withNeeds`,
 * small markers the hosts need to see (sign language, a hearing loop, a
 * wheelchair, a diet): which ones, never the free text. Those are read from the
 * sensitive answers, so that read is audited; once the answers are deleted
 * (after the meeting) there are none to show.
 */
export async function badges(db: Db, actorId: string, meeting: MeetingInScope, withNeeds: boolean) {
  const rows = await db.meetingRegistration.findMany({
    where: { ...confirmed(meeting.id), attendance: 'in_person' },
    select: {
      id: true,
      ...person,
      ...(withNeeds
        ? {
            needs: {
              select: {
                signLanguage: true,
                writtenInterpretation: true,
                hearingLoop: true,
                wheelchair: true,
                otherAccessNeeds: true,
                dietary: true,
              },
            },
          }
        : {}),
    },
  });
  if (withNeeds) {
    await recordAudit(db, {
      actorId,
      action: 'read',
      entity: 'meeting',
      entityId: meeting.id,
      after: { badges: rows.length, sensitive: true },
    });
  }
  return sortByName(
    rows.map((r) => {
      const needs = 'needs' in r ? r.needs : null;
      const markers: BadgeMarker[] = needs
        ? BADGE_MARKERS.filter((m) =>
            m === 'otherAccess' ? Boolean(needs.otherAccessNeeds) : m === 'dietary' ? Boolean(needs.dietary) : needs[m],
          )
        : [];
      return { registrationId: r.id, name: r.user.name, organisation: r.organisation?.name ?? null, markers };
    }),
  );
}

/**
 * Registered (with a seat) and attended, per organisation, largest first; people
 * without an organisation are one row with a null id. Counted from the
 * registrations, so it stays the same after the sensitive answers are deleted.
 */
export async function attendanceByOrganisation(db: Db, meeting: MeetingInScope) {
  const groups = await db.meetingRegistration.groupBy({
    by: ['organisationId', 'attended'],
    where: confirmed(meeting.id),
    _count: { _all: true },
  });
  const ids = [...new Set(groups.map((g) => g.organisationId).filter((id): id is string => id !== null))];
  const names = new Map(
    (await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const rows = new Map<
    string | null,
    { organisationId: string | null; name: string | null; registered: number; attended: number }
  >();
  for (const g of groups) {
    const row = rows.get(g.organisationId) ?? {
      organisationId: g.organisationId,
      name: g.organisationId ? (names.get(g.organisationId) ?? null) : null,
      registered: 0,
      attended: 0,
    };
    row.registered += g._count._all;
    if (g.attended) row.attended += g._count._all;
    rows.set(g.organisationId, row);
  }
  const organisations = [...rows.values()].sort(
    (a, b) =>
      b.registered - a.registered || (a.name === null ? 1 : b.name === null ? -1 : byName.compare(a.name, b.name)),
  );
  return {
    organisations,
    registered: organisations.reduce((sum, o) => sum + o.registered, 0),
    attended: organisations.reduce((sum, o) => sum + o.attended, 0),
  };
}
