import type { Db, Prisma } from '@knutepunkt/db';
import { type SessionFields, type SessionScheduleFilter, UserError, fieldError, notFound } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SessionInScope } from './sessions-procedures.ts';
import { NUMBERING_TX, lockEdition, nextSessionNumber } from './sessions-numbering.ts';
import type { EditionInScope } from './scope.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The coordinators' editing of sessions (docs/adr/0023): the working copy, never public by
 * itself. Room and start are the programme editor's (the grid); here everything else. New
 * sessions get the next number of the edition under its row lock (sessions-numbering.ts).
 */

export const SESSION_SELECT = {
  id: true,
  editionId: true,
  number: true,
  guid: true,
  title: true,
  abstract: true,
  language: true,
  typeId: true,
  trackId: true,
  tags: true,
  signLanguage: true,
  captioned: true,
  streamed: true,
  recorded: true,
  materials: true,
  roomId: true,
  startsAt: true,
  durationMinutes: true,
  capacity: true,
  updatedAt: true,
  type: { select: { id: true, name: true, kind: true } },
  track: { select: { id: true, name: true, colour: true } },
  room: { select: { id: true, name: true } },
  speakers: {
    select: { speaker: { select: { id: true, number: true, name: true } } },
    orderBy: { position: 'asc' },
  },
} as const satisfies Prisma.ConferenceSessionSelect;

type SessionRow = Prisma.ConferenceSessionGetPayload<{ select: typeof SESSION_SELECT }>;

function shapeSession(row: SessionRow) {
  const { speakers, ...rest } = row;
  return {
    ...rest,
    speakers: speakers.map((s) => s.speaker),
    scheduled: row.roomId !== null && row.startsAt !== null,
  };
}
export type SessionView = ReturnType<typeof shapeSession>;

const SCHEDULED: Record<SessionScheduleFilter, Prisma.ConferenceSessionWhereInput> = {
  all: {},
  scheduled: { roomId: { not: null }, startsAt: { not: null } },
  unscheduled: { OR: [{ roomId: null }, { startsAt: null }] },
};

export async function sessionsOfEdition(db: Db, editionId: string, scheduled: SessionScheduleFilter) {
  const rows = await db.conferenceSession.findMany({
    where: { editionId, ...SCHEDULED[scheduled] },
    orderBy: { number: 'asc' },
    select: SESSION_SELECT,
  });
  return rows.map(shapeSession);
}

export async function sessionForStaff(db: Db, sessionId: string) {
  const row = await db.conferenceSession.findUnique({ where: { id: sessionId }, select: SESSION_SELECT });
  if (!row) throw notFound();
  return shapeSession(row);
}

/** What the session and speaker forms choose from: the edition's types, tracks and speakers, and the organisations. */
export async function editingChoices(db: Db, edition: EditionInScope) {
  const editionId = edition.id;
  const [types, tracks, speakers, organisations] = await Promise.all([
    db.conferenceSessionType.findMany({
      where: { editionId },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true, kind: true },
    }),
    db.conferenceTrack.findMany({
      where: { editionId },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: { id: true, name: true },
    }),
    db.conferenceSpeaker.findMany({
      where: { editionId },
      orderBy: [{ name: 'asc' }, { number: 'asc' }],
      select: { id: true, number: true, name: true },
    }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  const { ownerNetworkIds: _owners, ...about } = edition;
  return { edition: about, types, tracks, speakers, organisations };
}

/** Type, track and speakers must be the edition's own: an id from elsewhere is a translated 400. */
async function checkReferences(tx: Tx, editionId: string, input: SessionFields) {
  const refused = (field: string) => fieldError(field, 'conference.admin.sessions.error.otherEdition', 'badRequest');
  if (input.typeId && (await tx.conferenceSessionType.count({ where: { id: input.typeId, editionId } })) === 0) {
    throw refused('typeId');
  }
  if (input.trackId && (await tx.conferenceTrack.count({ where: { id: input.trackId, editionId } })) === 0) {
    throw refused('trackId');
  }
  if (input.speakerIds.length > 0) {
    const found = await tx.conferenceSpeaker.count({ where: { id: { in: input.speakerIds }, editionId } });
    if (found !== input.speakerIds.length) throw refused('speakerIds');
  }
}

/**
 * The stored columns of the form, named one by one: tRPC hands the service the builder's input
 * merged with the form's (`sessionId`, `editionId`), which are not columns to write.
 */
function sessionData(input: SessionFields) {
  const { title, abstract, language, typeId, trackId, tags, materials, durationMinutes, capacity } = input;
  const { signLanguage, captioned, streamed, recorded } = input;
  return {
    ...{ title, abstract, language, typeId, trackId, tags, materials, durationMinutes, capacity },
    ...{ signLanguage, captioned, streamed, recorded },
  };
}

const speakerLinks = (speakerIds: readonly string[]) => ({
  create: speakerIds.map((speakerId, position) => ({ speakerId, position })),
});

/** The audited fields: what the form holds, with the speakers in order. */
function audited(row: SessionRow) {
  const { id: _id, updatedAt: _u, type: _t, track: _tr, room: _r, speakers, ...fields } = row;
  return { ...fields, speakerIds: speakers.map((s) => s.speaker.id) };
}

export async function createSession(db: Db, actorId: string, edition: EditionInScope, input: SessionFields) {
  return db.$transaction(async (tx) => {
    if (!(await lockEdition(tx, edition.id))) throw notFound();
    await checkReferences(tx, edition.id, input);
    const row = await tx.conferenceSession.create({
      data: {
        ...sessionData(input),
        editionId: edition.id,
        number: await nextSessionNumber(tx, edition.id),
        speakers: speakerLinks(input.speakerIds),
      },
      select: SESSION_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'create',
      entity: 'conferenceSession',
      entityId: row.id,
      after: audited(row),
    });
    return shapeSession(row);
  }, NUMBERING_TX);
}

/** Everything but room and start (the grid's). The speakers are replaced by the list given, in its order. */
export async function updateSession(
  db: Db,
  actorId: string,
  edition: EditionInScope,
  session: SessionInScope,
  input: SessionFields,
) {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, edition.id, input);
    const before = await tx.conferenceSession.findUnique({ where: { id: session.id }, select: SESSION_SELECT });
    if (!before) throw notFound();
    await tx.conferenceSessionSpeaker.deleteMany({ where: { sessionId: session.id } });
    const row = await tx.conferenceSession.update({
      where: { id: session.id },
      data: { ...sessionData(input), speakers: speakerLinks(input.speakerIds) },
      select: SESSION_SELECT,
    });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceSession',
      entityId: session.id,
      before: audited(before),
      after: audited(row),
    });
    return shapeSession(row);
  });
}

/**
 * Delete from the working copy (its speaker links, stars and sign-ups go with it). Published
 * releases keep their snapshot; the next release shows it as cancelled.
 */
export async function deleteSession(db: Db, actorId: string, session: SessionInScope) {
  await db.$transaction(async (tx) => {
    const before = await tx.conferenceSession.findUnique({ where: { id: session.id }, select: SESSION_SELECT });
    if (!before) throw notFound();
    // A published session is cancelled by taking it out of the programme (the grid), never by
    // deleting it: its stars must live on, so the next release tells those who starred it.
    if (await inPublishedRelease(tx, before.editionId, before.guid)) {
      throw new UserError('conflict', 'conference.admin.sessions.error.published');
    }
    await tx.conferenceSession.delete({ where: { id: session.id } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'conferenceSession',
      entityId: session.id,
      before: audited(before),
    });
  });
  return { ok: true as const };
}

async function inPublishedRelease(tx: Prisma.TransactionClient, editionId: string, guid: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: number }[]>`
    SELECT 1 AS "found" FROM "ConferenceRelease"
    WHERE "editionId" = ${editionId} AND "publishedAt" IS NOT NULL
      AND "snapshot" -> 'sessions' @> ${JSON.stringify([{ guid }])}::jsonb
    LIMIT 1`;
  return rows.length > 0;
}

/** A copy with a new number and GUID, not placed in the programme (the grid places it), same speakers. */
export async function duplicateSession(db: Db, actorId: string, edition: EditionInScope, session: SessionInScope) {
  const source = await db.conferenceSession.findUnique({ where: { id: session.id }, select: SESSION_SELECT });
  if (!source) throw notFound();
  const { editionId: _e, number: _n, guid: _g, roomId: _r, startsAt: _s, ...fields } = audited(source);
  return createSession(db, actorId, edition, fields);
}
