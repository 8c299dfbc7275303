import type { Db, Prisma } from '@knutepunkt/db';
import { REGISTRATION_TX, lockRow } from '../../waiting-list/row-lock.ts';

type Tx = Prisma.TransactionClient | Db;

/** What the procedures load about a meeting before deciding, and the services work on. */
export const MEETING_FIELDS = {
  id: true,
  networkId: true,
  slug: true,
  title: true,
  status: true,
  sequence: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venueName: true,
  venueAddress: true,
  videoUrl: true,
  capacity: true,
  perOrganisationLimit: true,
  registrationOpensAt: true,
  registrationDeadline: true,
  openTo: true,
} as const satisfies Prisma.MeetingSelect;

export type MeetingInScope = Prisma.MeetingGetPayload<{ select: typeof MEETING_FIELDS }>;

export function loadMeeting(db: Tx, meetingId: string): Promise<MeetingInScope | null> {
  return db.meeting.findUnique({ where: { id: meetingId }, select: MEETING_FIELDS });
}

/**
 * Take the meeting's row lock for the rest of the transaction and read it
 * afresh: every change to its registrations (register, cancel, promote, move)
 * and to its capacity holds this lock, so they take turns and each counts
 * seats that are true (docs/adr/0018). Null when the meeting is gone.
 */
export async function lockMeeting(tx: Prisma.TransactionClient, meetingId: string): Promise<MeetingInScope | null> {
  if (!(await lockRow(tx, 'Meeting', meetingId))) return null;
  return loadMeeting(tx, meetingId);
}

/** Long enough for many people registering at once to take their turn at the lock (shared with the conference's sign-ups). */
export { REGISTRATION_TX };

export interface RegistrationInScope {
  registration: { id: string; meetingId: string; userId: string; status: 'confirmed' | 'waiting' | 'cancelled' };
  meeting: MeetingInScope;
}

export async function loadRegistration(db: Db, registrationId: string): Promise<RegistrationInScope | null> {
  const registration = await db.meetingRegistration.findUnique({
    where: { id: registrationId },
    select: { id: true, meetingId: true, userId: true, status: true, meeting: { select: MEETING_FIELDS } },
  });
  if (!registration) return null;
  const { meeting, ...rest } = registration;
  return { registration: rest, meeting };
}
