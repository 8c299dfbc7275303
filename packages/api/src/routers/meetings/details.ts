import type { Db } from '@knutepunkt/db';
import {
  type MeetingRegisterInput,
  type MeetingRegistrationDetails,
  UserError,
  canCancelRegistration,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { MeetingInScope } from './scope.ts';

/**
 * A registration's details: attendance, the sensitive needs and list consent (docs/adr/0018).
 * Asked of someone who gets a seat; a waiting-list place holds none of them (the waiting list
 * asks only who), and a person promoted from it completes them here, as a confirmed person may
 * change them, until the meeting starts.
 */

/** The details a registration form gave, or null when it gave none (the waiting list's short form). */
export function givenDetails(input: MeetingRegisterInput): MeetingRegistrationDetails | null {
  if (input.attendance === undefined) return null;
  return {
    attendance: input.attendance,
    dietary: input.dietary ?? null,
    wheelchair: input.wheelchair ?? false,
    signLanguage: input.signLanguage ?? false,
    writtenInterpretation: input.writtenInterpretation ?? false,
    hearingLoop: input.hearingLoop ?? false,
    otherAccessNeeds: input.otherAccessNeeds ?? null,
    travelSupport: input.travelSupport ?? false,
    listConsent: input.listConsent ?? false,
  };
}

/** The sensitive part, kept apart (MeetingRegistrationNeeds) so the clean-up deletes it after the meeting. */
export function needsOf(details: MeetingRegistrationDetails) {
  return {
    dietary: details.dietary,
    wheelchair: details.wheelchair,
    signLanguage: details.signLanguage,
    writtenInterpretation: details.writtenInterpretation,
    hearingLoop: details.hearingLoop,
    otherAccessNeeds: details.otherAccessNeeds,
    travelSupport: details.travelSupport,
  };
}

/** Attendance before anyone asked: the only way an online or in-person meeting can be attended. */
export function defaultAttendance(mode: MeetingInScope['mode']): 'in_person' | 'online' {
  return mode === 'online' ? 'online' : 'in_person';
}

/**
 * Give or change one's details (a seat only: a waiting-list place holds none). Seats are not
 * touched, so no row lock; the organisation is not changed here (it counts against limits).
 */
export async function updateRegistrationDetails(
  db: Db,
  userId: string,
  meeting: MeetingInScope,
  details: MeetingRegistrationDetails,
  now = new Date(),
) {
  const registration = await db.meetingRegistration.findUnique({
    where: { meetingId_userId: { meetingId: meeting.id, userId } },
    select: { id: true, status: true },
  });
  if (!registration || registration.status === 'cancelled') {
    throw new UserError('notFound', 'meetings.error.notRegistered');
  }
  if (registration.status === 'waiting') throw new UserError('conflict', 'meetings.error.detailsWaiting');
  if (meeting.status !== 'published' || !canCancelRegistration(meeting, now)) {
    throw new UserError('conflict', 'meetings.error.started');
  }
  const attendance = meeting.mode === 'hybrid' ? details.attendance : defaultAttendance(meeting.mode);
  const needs = needsOf(details);
  await db.$transaction(async (tx) => {
    await tx.meetingRegistration.update({
      where: { id: registration.id },
      data: {
        attendance,
        listConsent: details.listConsent,
        needs: { upsert: { create: needs, update: needs } },
      },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'update',
      entity: 'meetingRegistration',
      entityId: registration.id,
      // The answers about needs stay out of the log (they are deleted after the meeting).
      after: { attendance, listConsent: details.listConsent, details: true },
    });
  });
  return { registrationId: registration.id };
}

/**
 * One's own details, to change them (the meeting page's form): only the asker's, only with a
 * seat. Kept out of `bySlug` so the page's read never holds anyone's needs.
 */
export async function myRegistrationDetails(db: Db, userId: string, meetingId: string) {
  const registration = await db.meetingRegistration.findUnique({
    where: { meetingId_userId: { meetingId, userId } },
    select: {
      status: true,
      attendance: true,
      listConsent: true,
      needs: {
        select: {
          dietary: true,
          wheelchair: true,
          signLanguage: true,
          writtenInterpretation: true,
          hearingLoop: true,
          otherAccessNeeds: true,
          travelSupport: true,
        },
      },
    },
  });
  if (!registration || registration.status !== 'confirmed') {
    throw new UserError('notFound', 'meetings.error.notRegistered');
  }
  return { attendance: registration.attendance, listConsent: registration.listConsent, needs: registration.needs };
}
