/**
 * Registration for a meeting: the pure rules. A registration is confirmed
 * (has a seat), waiting (on the waiting list, in order of arrival) or
 * cancelled. The API applies these inside a transaction that holds the
 * meeting's row lock, so the counts they are given are the truth
 * (docs/adr/0018).
 */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE_MODES = ['in_person', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const MEETING_AUDIENCES = ['network_members', 'anyone'] as const;
export type MeetingAudience = (typeof MEETING_AUDIENCES)[number];

/** What the rules need of a meeting. Null capacity and limit: no limit. */
export interface RegistrationRules {
  status: 'draft' | 'published' | 'cancelled' | 'held';
  startsAt: Date;
  capacity: number | null;
  perOrganisationLimit: number | null;
  registrationOpensAt: Date | null;
  registrationDeadline: Date | null;
}

/** Where registration stands at `now`: not yet open, open, past the deadline (the coordinator decides), or over. */
export type RegistrationWindow = 'notOpen' | 'open' | 'afterDeadline' | 'closed';

export function registrationWindow(meeting: RegistrationRules, now: Date): RegistrationWindow {
  if (meeting.status !== 'published' || now >= meeting.startsAt) return 'closed';
  if (meeting.registrationOpensAt && now < meeting.registrationOpensAt) return 'notOpen';
  if (meeting.registrationDeadline && now > meeting.registrationDeadline) return 'afterDeadline';
  return 'open';
}

/** Seats not taken; null for a meeting without a limit. Never below zero (a coordinator may have overfilled). */
export function seatsLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}

/** The counts a newcomer's place is decided on. */
export interface SeatCounts {
  confirmed: number;
  /** Confirmed registrations from the newcomer's organisation (0 without one). */
  confirmedInOrganisation: number;
}

/**
 * A newcomer's place: a seat when one is free and their organisation is under
 * its limit; otherwise the waiting list. Nobody waiting is passed by this:
 * while registration is open a freed seat goes to the waiting list at once
 * (`promotionsFor`, in the same transaction), so a seat is free with people
 * waiting only when their organisation is at its limit, or when the
 * coordinator moved someone out by hand.
 */
export function placeNewRegistration(
  meeting: Pick<RegistrationRules, 'capacity' | 'perOrganisationLimit'>,
  counts: SeatCounts,
  hasOrganisation: boolean,
): 'confirmed' | 'waiting' {
  if (meeting.capacity !== null && counts.confirmed >= meeting.capacity) return 'waiting';
  if (hasOrganisation && meeting.perOrganisationLimit !== null) {
    if (counts.confirmedInOrganisation >= meeting.perOrganisationLimit) return 'waiting';
  }
  return 'confirmed';
}

export interface RegistrationInLine {
  id: string;
  status: RegistrationStatus;
  organisationId: string | null;
  /** Arrival order within the meeting. */
  position: number;
}

/**
 * Whom to move from the waiting list to a seat now: in order of arrival, as
 * many as there are free seats, skipping those whose organisation is at its
 * limit. Only while registration is open: after the deadline the coordinator
 * decides, and nobody is promoted by itself.
 */
export function promotionsFor(
  meeting: RegistrationRules,
  registrations: readonly RegistrationInLine[],
  now: Date,
): string[] {
  if (registrationWindow(meeting, now) !== 'open') return [];
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  let free = meeting.capacity === null ? Number.POSITIVE_INFINITY : meeting.capacity - confirmed.length;
  const perOrganisation = new Map<string, number>();
  for (const r of confirmed) {
    if (r.organisationId) perOrganisation.set(r.organisationId, (perOrganisation.get(r.organisationId) ?? 0) + 1);
  }
  const promoted: string[] = [];
  const waiting = registrations.filter((r) => r.status === 'waiting').sort((a, b) => a.position - b.position);
  for (const r of waiting) {
    if (free <= 0) break;
    if (r.organisationId && meeting.perOrganisationLimit !== null) {
      const taken = perOrganisation.get(r.organisationId) ?? 0;
      if (taken >= meeting.perOrganisationLimit) continue;
      perOrganisation.set(r.organisationId, taken + 1);
    }
    promoted.push(r.id);
    free -= 1;
  }
  return promoted;
}

/** A waiting registration's place on the list (1 is next), or null for one that is not waiting. */
export function waitingPlace(registrations: readonly RegistrationInLine[], id: string): number | null {
  const waiting = registrations.filter((r) => r.status === 'waiting').sort((a, b) => a.position - b.position);
  const index = waiting.findIndex((r) => r.id === id);
  return index === -1 ? null : index + 1;
}

/** Everyone may cancel their own registration until the meeting starts. */
export function canCancelRegistration(meeting: Pick<RegistrationRules, 'startsAt'>, now: Date): boolean {
  return now < meeting.startsAt;
}
