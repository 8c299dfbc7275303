import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  type MeetingRegisterInput,
  UserError,
  canCancelRegistration,
  isEditorOf,
  notFound,
  placeNewRegistration,
  registrationWindow,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notifyAboutMeeting, peopleByIds } from './notices.ts';
import { defaultAttendance, givenDetails, needsOf } from './details.ts';
import { promoteWaiting } from './promotion.ts';
import { type MeetingInScope, REGISTRATION_TX, lockMeeting } from './scope.ts';
import { takeArrivalNumber } from '../../waiting-list/row-lock.ts';

type Tx = Prisma.TransactionClient;

export interface RegistrationResult {
  registrationId: string;
  status: 'confirmed' | 'waiting';
  /** The place on the waiting list (1 is next), or null with a seat. */
  waitingPlace: number | null;
  /** True when the person was registered already and nothing changed. */
  existing: boolean;
}

async function placeInLine(tx: Tx | Db, meetingId: string, position: number): Promise<number> {
  return (
    1 + (await tx.meetingRegistration.count({ where: { meetingId, status: 'waiting', position: { lt: position } } }))
  );
}

/** Who is registered, for whom: oneself, or (as the organisation's editor) a colleague linked to it. */
async function checkWho(db: Db, actor: Actor, meeting: MeetingInScope, input: MeetingRegisterInput): Promise<string> {
  const userId = input.userId ?? actor.userId;
  const organisationId = input.organisationId;
  if (userId !== actor.userId) {
    const mayRegister = organisationId && (actor.isAdmin || isEditorOf(actor, organisationId));
    const linked =
      mayRegister && (await db.membership.count({ where: { userId, organisationId, status: 'APPROVED' } })) > 0;
    if (!linked) throw new UserError('forbidden', 'meetings.error.colleague');
  } else if (organisationId && !actor.memberships.some((m) => m.organisationId === organisationId)) {
    throw new UserError('badRequest', 'meetings.error.notYourOrganisation', {
      fieldErrors: { organisationId: 'meetings.error.notYourOrganisation' },
    });
  }
  if (meeting.openTo === 'network_members') {
    const inNetwork =
      organisationId && (await db.networkMember.count({ where: { networkId: meeting.networkId, organisationId } })) > 0;
    if (!inNetwork) {
      throw new UserError('badRequest', 'meetings.error.membersOnly', {
        fieldErrors: { organisationId: 'meetings.error.membersOnly' },
      });
    }
  }
  return userId;
}

/**
 * Register for a meeting: a seat when one is free, else the waiting list with
 * its place. Registering twice gives back the registration one has. Runs
 * with the meeting's row lock held, so people registering at the same moment
 * take turns and never get more seats than there are (docs/adr/0018).
 */
export async function register(
  db: Db,
  actor: Actor,
  meeting: MeetingInScope,
  input: MeetingRegisterInput,
  urls: SiteUrls,
  now = new Date(),
): Promise<RegistrationResult> {
  // A cancelled or held meeting says so before anything about who may register.
  if (meeting.status !== 'published') throw new UserError('conflict', 'meetings.error.closed');
  const userId = await checkWho(db, actor, meeting, input);
  const { organisationId } = input;
  const details = givenDetails(input);
  return db.$transaction(async (tx) => {
    const locked = await lockMeeting(tx, meeting.id);
    if (!locked) throw notFound();
    const existing = await tx.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId } },
      select: { id: true, status: true, position: true },
    });
    if (existing && existing.status !== 'cancelled') {
      const waitingPlace = existing.status === 'waiting' ? await placeInLine(tx, meeting.id, existing.position) : null;
      return { registrationId: existing.id, status: existing.status, waitingPlace, existing: true };
    }
    const window = registrationWindow(locked, now);
    if (window === 'notOpen') throw new UserError('conflict', 'meetings.error.notOpen');
    if (window !== 'open') throw new UserError('conflict', 'meetings.error.closed');

    const [confirmed, confirmedInOrganisation] = await Promise.all([
      tx.meetingRegistration.count({ where: { meetingId: meeting.id, status: 'confirmed' } }),
      organisationId
        ? tx.meetingRegistration.count({ where: { meetingId: meeting.id, status: 'confirmed', organisationId } })
        : 0,
    ]);
    const status = placeNewRegistration(locked, { confirmed, confirmedInOrganisation }, organisationId !== null);
    const position = await takeArrivalNumber(tx, 'Meeting', meeting.id);
    // A waiting-list place holds no needs: they are asked when a seat is offered (docs/adr/0018).
    const kept = status === 'confirmed' ? details : null;
    const fields = {
      organisationId,
      registeredById: userId === actor.userId ? null : actor.userId,
      attendance: kept?.attendance ?? defaultAttendance(locked.mode),
      listConsent: kept?.listConsent ?? false,
      status,
      position,
      arrivedAt: now,
      confirmedAt: status === 'confirmed' ? now : null,
      cancelledAt: null,
    };
    const needs = kept && needsOf(kept);
    // A registration cancelled earlier may still hold its old answers: they go unless given again.
    if (!needs)
      await tx.meetingRegistrationNeeds.deleteMany({ where: { registration: { meetingId: meeting.id, userId } } });
    const registration = await tx.meetingRegistration.upsert({
      where: { meetingId_userId: { meetingId: meeting.id, userId } },
      create: { meetingId: meeting.id, userId, ...fields, ...(needs ? { needs: { create: needs } } : {}) },
      update: { ...fields, ...(needs ? { needs: { upsert: { create: needs, update: needs } } } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'create',
      entity: 'meetingRegistration',
      entityId: registration.id,
      // The answers about needs stay out of the log (they are deleted after the meeting).
      after: { meetingId: meeting.id, userId, organisationId, status, position },
    });
    if (status === 'confirmed') {
      await notifyAboutMeeting(tx, await peopleByIds(tx, [userId]), 'confirmed', locked, urls);
    }
    const waitingPlace = status === 'waiting' ? await placeInLine(tx, meeting.id, position) : null;
    return { registrationId: registration.id, status, waitingPlace, existing: false };
  }, REGISTRATION_TX);
}

/** Cancel one's own registration (until the start); a freed seat goes to the first on the waiting list. */
export async function cancelRegistration(
  db: Db,
  userId: string,
  meeting: MeetingInScope,
  urls: SiteUrls,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const locked = await lockMeeting(tx, meeting.id);
    if (!locked) throw notFound();
    const registration = await tx.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId } },
      select: { id: true, status: true },
    });
    if (!registration || registration.status === 'cancelled')
      throw new UserError('notFound', 'meetings.error.notRegistered');
    if (!canCancelRegistration(locked, now)) throw new UserError('conflict', 'meetings.error.started');
    await tx.meetingRegistration.update({
      where: { id: registration.id },
      data: { status: 'cancelled', cancelledAt: now, confirmedAt: null },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'update',
      entity: 'meetingRegistration',
      entityId: registration.id,
      before: { status: registration.status },
      after: { status: 'cancelled' },
    });
    const promoted = registration.status === 'confirmed' ? await promoteWaiting(tx, locked, urls, now) : [];
    return { registrationId: registration.id, promoted: promoted.length };
  }, REGISTRATION_TX);
}

/**
 * The coordinator moves a registration between the lists (also after the
 * deadline, when nobody is promoted by itself). A seat is given only when one
 * is free; moving someone to the waiting list promotes nobody in their place.
 */
export async function moveRegistration(
  db: Db,
  actorId: string,
  registrationId: string,
  to: 'confirmed' | 'waiting',
  urls: SiteUrls,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const current = await tx.meetingRegistration.findUnique({
      where: { id: registrationId },
      select: { meetingId: true },
    });
    if (!current) throw notFound();
    const meeting = await lockMeeting(tx, current.meetingId);
    const registration = await tx.meetingRegistration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { id: true, status: true, userId: true },
    });
    if (!meeting || registration.status === 'cancelled' || meeting.status !== 'published') {
      throw new UserError('conflict', 'meetings.error.state');
    }
    if (registration.status === to) return { registrationId, status: to };
    if (to === 'confirmed' && meeting.capacity !== null) {
      const confirmed = await tx.meetingRegistration.count({ where: { meetingId: meeting.id, status: 'confirmed' } });
      if (confirmed >= meeting.capacity) throw new UserError('conflict', 'meetings.error.full');
    }
    await tx.meetingRegistration.update({
      where: { id: registrationId },
      data: { status: to, confirmedAt: to === 'confirmed' ? now : null },
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'meetingRegistration',
      entityId: registrationId,
      before: { status: registration.status },
      after: { status: to },
    });
    if (to === 'confirmed') {
      await notifyAboutMeeting(tx, await peopleByIds(tx, [registration.userId]), 'promoted', meeting, urls);
    }
    return { registrationId, status: to };
  }, REGISTRATION_TX);
}
