import type { Db, Prisma } from '@knutepunkt/db';
import { type SpeakerFields, UserError, fieldError, notFound } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { NUMBERING_TX, lockEdition, nextSpeakerNumber } from './sessions-numbering.ts';
import type { SpeakerInScope } from './sessions-procedures.ts';
import type { EditionInScope } from './scope.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The coordinators' editing of speakers (docs/adr/0023). A speaker still in a session is not
 * deleted: the coordinator is told to take them out of the sessions first, so no session loses
 * a speaker without someone deciding it on the session's own page. The photo is uploaded over
 * plain HTTP (conferencePaths.admin.imageUpload); removing it here forgets the key but keeps
 * the file, which a published release may still show.
 */

const SPEAKER_SELECT = {
  id: true,
  editionId: true,
  number: true,
  guid: true,
  name: true,
  bio: true,
  bioLanguage: true,
  contribution: true,
  organisationId: true,
  userId: true,
  photoKey: true,
  photoType: true,
  photoAlt: true,
  updatedAt: true,
  organisation: { select: { id: true, name: true } },
  user: { select: { email: true, name: true } },
  sessions: {
    select: {
      session: { select: { id: true, number: true, title: true, startsAt: true, room: { select: { name: true } } } },
    },
    orderBy: { session: { number: 'asc' } },
  },
} as const satisfies Prisma.ConferenceSpeakerSelect;

type SpeakerRow = Prisma.ConferenceSpeakerGetPayload<{ select: typeof SPEAKER_SELECT }>;

function shapeSpeaker(row: SpeakerRow) {
  const { user, sessions, ...rest } = row;
  return {
    ...rest,
    userEmail: user?.email ?? null,
    userName: user?.name ?? null,
    sessions: sessions.map(({ session: { room, ...s } }) => ({ ...s, roomName: room?.name ?? null })),
  };
}

function audited(row: SpeakerRow) {
  const { id: _id, updatedAt: _u, organisation: _o, user: _user, sessions, ...fields } = row;
  return { ...fields, sessionIds: sessions.map((s) => s.session.id) };
}

export async function speakersOfEdition(db: Db, editionId: string) {
  const rows = await db.conferenceSpeaker.findMany({
    where: { editionId },
    orderBy: [{ name: 'asc' }, { number: 'asc' }],
    select: {
      id: true,
      number: true,
      name: true,
      contribution: true,
      photoKey: true,
      organisation: { select: { id: true, name: true } },
      _count: { select: { sessions: true } },
    },
  });
  return rows.map(({ _count, photoKey, ...s }) => ({
    ...s,
    hasPhoto: photoKey !== null,
    sessionCount: _count.sessions,
  }));
}

export async function speakerForStaff(db: Db, speakerId: string) {
  const row = await db.conferenceSpeaker.findUnique({ where: { id: speakerId }, select: SPEAKER_SELECT });
  if (!row) throw notFound();
  return shapeSpeaker(row);
}

/** The form's fields as stored: the account found by its e-mail, the organisation checked. */
async function resolve(tx: Tx, input: SpeakerFields) {
  // Named one by one: tRPC merges the builder's input (`speakerId`, `editionId`) into the form's.
  const { userEmail, name, bio, bioLanguage, contribution, organisationId, photoAlt } = input;
  const fields = { name, bio, bioLanguage, contribution, organisationId, photoAlt };
  let userId: string | null = null;
  if (userEmail) {
    const user = await tx.user.findUnique({ where: { email: userEmail }, select: { id: true } });
    if (!user) throw fieldError('userEmail', 'conference.admin.speakers.error.unknownEmail', 'badRequest');
    userId = user.id;
  }
  if (input.organisationId && (await tx.organisation.count({ where: { id: input.organisationId } })) === 0) {
    throw fieldError('organisationId', 'conference.admin.speakers.error.unknownOrganisation', 'badRequest');
  }
  return { ...fields, userId };
}

export async function createSpeaker(db: Db, actorId: string, edition: EditionInScope, input: SpeakerFields) {
  return db.$transaction(async (tx) => {
    if (!(await lockEdition(tx, edition.id))) throw notFound();
    const data = await resolve(tx, input);
    const row = await tx.conferenceSpeaker.create({
      data: { ...data, editionId: edition.id, number: await nextSpeakerNumber(tx, edition.id) },
      select: SPEAKER_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceSpeaker',
      entityId: row.id,
      after: audited(row),
    });
    return shapeSpeaker(row);
  }, NUMBERING_TX);
}

export async function updateSpeaker(db: Db, actorId: string, speaker: SpeakerInScope, input: SpeakerFields) {
  return db.$transaction(async (tx) => {
    const data = await resolve(tx, input);
    const before = await tx.conferenceSpeaker.findUnique({ where: { id: speaker.id }, select: SPEAKER_SELECT });
    if (!before) throw notFound();
    const row = await tx.conferenceSpeaker.update({ where: { id: speaker.id }, data, select: SPEAKER_SELECT });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSpeaker',
      entityId: speaker.id,
      before: audited(before),
      after: audited(row),
    });
    return shapeSpeaker(row);
  });
}

/** Refused (409) while the speaker is in a session: take them out of the sessions first. */
export async function deleteSpeaker(db: Db, actorId: string, speaker: SpeakerInScope) {
  await db.$transaction(async (tx) => {
    const before = await tx.conferenceSpeaker.findUnique({ where: { id: speaker.id }, select: SPEAKER_SELECT });
    if (!before) throw notFound();
    if (before.sessions.length > 0) {
      throw new UserError('conflict', 'conference.admin.speakers.error.hasSessions', {
        params: { count: before.sessions.length },
      });
    }
    await tx.conferenceSpeaker.delete({ where: { id: speaker.id } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceSpeaker',
      entityId: speaker.id,
      before: audited(before),
    });
  });
  return { ok: true as const };
}

export async function removeSpeakerPhoto(db: Db, actorId: string, speaker: SpeakerInScope) {
  return db.$transaction(async (tx) => {
    const before = await tx.conferenceSpeaker.findUnique({
      where: { id: speaker.id },
      select: { photoKey: true, photoType: true, photoAlt: true },
    });
    if (!before) throw notFound();
    const row = await tx.conferenceSpeaker.update({
      where: { id: speaker.id },
      data: { photoKey: null, photoType: null, photoAlt: '' },
      select: SPEAKER_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSpeaker',
      entityId: speaker.id,
      before,
      after: { photoKey: null, photoType: null, photoAlt: '' },
    });
    return shapeSpeaker(row);
  });
}
