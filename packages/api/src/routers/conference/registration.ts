import type { Db } from '@knutepunkt/db';
import {
  type MeetingFields,
  type RegistrationSetupInput,
  UserError,
  registrationWindow,
  seatsLeft,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { changeMeetingStatus, createMeeting, updateMeeting } from '../meetings/planning.ts';
import type { EditionInScope } from './scope.ts';

/**
 * The conference's own registration (docs/adr/0023) is a meeting of the meetings module,
 * linked from the edition (`registrationMeetingId`): capacity, waiting list, needs and their
 * deletion, check-in and calendar files are the meetings' code. Such a meeting belongs to the
 * edition's first owner network, is open to anyone, spans the edition's days and is kept out of
 * the network meeting lists (meetings/listed.ts); its page `/moter/<slug>` is where people register.
 */

/** The days a conference's registration meeting spans, when no times are given: 09:00 on the first to 17:00 on the last. */
const DAY_STARTS = '09:00';
const DAY_ENDS = '17:00';

async function meetingFields(db: Db, edition: EditionInScope, input: RegistrationSetupInput): Promise<MeetingFields> {
  const full = await db.conferenceEdition.findUniqueOrThrow({
    where: { id: edition.id },
    select: { description: true, language: true, venueName: true, venueAddress: true },
  });
  return {
    title: edition.title,
    description: full.description,
    language: full.language,
    startsAt: { date: edition.startsOn, time: DAY_STARTS },
    endsAt: { date: edition.endsOn, time: DAY_ENDS },
    mode: 'in_person',
    // A meeting in person needs a venue; an edition whose venue is not yet known names itself.
    venueName: full.venueName || edition.title,
    venueAddress: full.venueAddress || null,
    stepFree: false,
    hearingLoop: false,
    quietRoom: false,
    videoUrl: null,
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpensAt,
    registrationDeadline: input.registrationDeadline,
    perOrganisationLimit: null,
    openTo: 'anyone',
  };
}

/**
 * Create (and publish) or update the edition's registration meeting. Its times follow the
 * edition's days; a later change of capacity goes through the meetings' `updateMeeting`, so
 * more places go to the waiting list at once and a changed time is told to those registered.
 */
export async function setUpRegistration(
  db: Db,
  actorId: string,
  edition: EditionInScope,
  input: RegistrationSetupInput,
  urls: SiteUrls,
) {
  const fields = await meetingFields(db, edition, input);
  const { registrationMeetingId } = await db.conferenceEdition.findUniqueOrThrow({
    where: { id: edition.id },
    select: { registrationMeetingId: true },
  });
  if (registrationMeetingId) {
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: registrationMeetingId },
      select: { status: true },
    });
    if (meeting.status !== 'draft' && meeting.status !== 'published') {
      throw new UserError('conflict', 'conference.registration.error.meetingClosed');
    }
    const updated = await updateMeeting(db, actorId, registrationMeetingId, fields, urls);
    if (meeting.status === 'draft') await changeMeetingStatus(db, actorId, registrationMeetingId, 'publish', urls);
    return { meetingId: registrationMeetingId, meetingSlug: updated.slug, created: false };
  }
  const networkId = edition.ownerNetworkIds[0];
  if (!networkId) throw new UserError('conflict', 'conference.registration.error.noOwner');
  const meeting = await createMeeting(db, actorId, { ...fields, networkId });
  // Two coordinators setting it up at once: only the first link holds; the other's meeting goes.
  const linked = await db.conferenceEdition.updateMany({
    where: { id: edition.id, registrationMeetingId: null },
    data: { registrationMeetingId: meeting.id },
  });
  if (linked.count === 0) {
    await db.meeting.delete({ where: { id: meeting.id } });
    throw new UserError('conflict', 'conference.signup.error.state');
  }
  await recordAudit(db, {
    actorId,
    action: 'update',
    entity: 'meeting',
    entityId: meeting.id,
    after: { conferenceEditionId: edition.id },
  });
  await changeMeetingStatus(db, actorId, meeting.id, 'publish', urls);
  return { meetingId: meeting.id, meetingSlug: meeting.slug, created: true };
}

/** The registration as the coordinators' form shows it: the meeting's id (for its registrations page) and figures. */
export async function registrationForStaff(db: Db, edition: EditionInScope) {
  const row = await db.conferenceEdition.findUniqueOrThrow({
    where: { id: edition.id },
    select: {
      registrationMeeting: {
        select: {
          id: true,
          slug: true,
          status: true,
          capacity: true,
          registrationOpensAt: true,
          registrationDeadline: true,
          _count: { select: { registrations: { where: { status: 'confirmed' } } } },
        },
      },
    },
  });
  const m = row.registrationMeeting;
  if (!m) return null;
  const waiting = await db.meetingRegistration.count({ where: { meetingId: m.id, status: 'waiting' } });
  const { _count, ...meeting } = m;
  return { ...meeting, confirmed: _count.registrations, waiting };
}

/** The public's view: where to register, places left and whether it is open; null without a published registration. */
export async function publicRegistration(db: Db, slug: string, now = new Date()) {
  const edition = await db.conferenceEdition.findUnique({
    where: { slug },
    select: {
      registrationMeeting: {
        select: {
          slug: true,
          status: true,
          startsAt: true,
          capacity: true,
          perOrganisationLimit: true,
          registrationOpensAt: true,
          registrationDeadline: true,
          _count: { select: { registrations: { where: { status: 'confirmed' } } } },
        },
      },
    },
  });
  const meeting = edition?.registrationMeeting;
  if (!meeting || meeting.status === 'draft') return null;
  return {
    meetingSlug: meeting.slug,
    seatsLeft: seatsLeft(meeting.capacity, meeting._count.registrations),
    open: registrationWindow(meeting, now) === 'open',
  };
}
