import type { Db, Prisma } from '@knutepunkt/db';
import {
  type PlaceSessionInput,
  type ProgrammeWarning,
  UserError,
  editionDayList,
  osloLocalToUtc,
  osloTimeOccursTwice,
  osloOffsetMinutes,
  programmeWarnings,
  utcToOslo,
  warningSessionIds,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SessionToPlace } from './scheduling-procedures.ts';
import type { EditionInScope } from './scope.ts';

type Tx = Prisma.TransactionClient | Db;

/**
 * The programme editor (docs/adr/0023): the day × room × time grid of an edition's working
 * copy with the warnings of the conflict rules, and the moves that place a session (a day and
 * an Oslo time, through oslo-input.ts) or take it out of the programme. Warnings never block
 * a move; they are returned so the editor shows them.
 */

/** Where a placed session is, as the editor's form writes it; null while unscheduled. */
export interface Placement {
  day: string;
  time: string;
  /** Set only for a time in the autumn's repeated hour: which of the two it is. */
  overlap: 'first' | 'second' | null;
}

function placementOf(roomId: string | null, startsAt: Date | null): Placement | null {
  if (!roomId || !startsAt) return null;
  const { date, time } = utcToOslo(startsAt);
  // In the repeated hour summer time (UTC+2) is the first, winter time the second.
  const overlap = osloTimeOccursTwice(startsAt) ? (osloOffsetMinutes(startsAt) === 120 ? 'first' : 'second') : null;
  return { day: date, time, overlap };
}

async function loadProgramme(db: Tx, editionId: string) {
  return db.conferenceEdition.findUniqueOrThrow({
    where: { id: editionId },
    select: {
      id: true,
      title: true,
      startsOn: true,
      endsOn: true,
      dayStartsAt: true,
      dayEndsAt: true,
      rooms: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, capacity: true },
      },
      sessions: {
        orderBy: { number: 'asc' },
        select: {
          id: true,
          number: true,
          title: true,
          roomId: true,
          startsAt: true,
          durationMinutes: true,
          capacity: true,
          type: { select: { name: true, kind: true } },
          track: { select: { name: true, colour: true } },
          speakers: {
            orderBy: { position: 'asc' },
            select: { speaker: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
}

type Programme = Awaited<ReturnType<typeof loadProgramme>>;

function warningsOf(programme: Programme, days: string[]): ProgrammeWarning[] {
  return programmeWarnings({
    days,
    dayStartsAt: programme.dayStartsAt,
    dayEndsAt: programme.dayEndsAt,
    rooms: programme.rooms,
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      roomId: s.roomId,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      speakerIds: s.speakers.map((link) => link.speaker.id),
      kind: s.type?.kind ?? null,
      capacity: s.capacity,
    })),
  });
}

/** The editor's whole view of an edition: days, rooms, every session placed or not, and the warnings. */
export async function programmeGrid(db: Db, edition: EditionInScope) {
  const programme = await loadProgramme(db, edition.id);
  const days = editionDayList(programme.startsOn, programme.endsOn);
  const speakerNames = new Map(
    programme.sessions.flatMap((s) => s.speakers.map((l) => [l.speaker.id, l.speaker.name])),
  );
  return {
    edition: {
      id: programme.id,
      title: programme.title,
      dayStartsAt: programme.dayStartsAt,
      dayEndsAt: programme.dayEndsAt,
    },
    days,
    rooms: programme.rooms,
    sessions: programme.sessions.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      typeName: s.type?.name ?? null,
      kind: s.type?.kind ?? null,
      track: s.track,
      speakers: s.speakers.map((link) => link.speaker.name),
      roomId: s.roomId && s.startsAt ? s.roomId : null,
      startsAt: s.roomId && s.startsAt ? s.startsAt.toISOString() : null,
      placement: placementOf(s.roomId, s.startsAt),
      durationMinutes: s.durationMinutes,
      capacity: s.capacity,
    })),
    // A speaker clash names the speaker; the editor shows the name, not the id.
    warnings: warningsOf(programme, days).map((w) =>
      w.kind === 'speakerClash' ? { ...w, speakerName: speakerNames.get(w.speakerId) ?? '' } : w,
    ),
  };
}

const toDisambiguation = { first: 'earlier', second: 'later' } as const;

/**
 * Place a session in a room of its edition on one of its days at an Oslo time (or move it
 * there), optionally with a new duration. A time in the spring gap is refused and one in the
 * autumn's repeated hour must say which (`overlap`). Audited; returns where it went and the
 * warnings that now name it.
 */
export async function placeSession(
  db: Db,
  userId: string,
  session: SessionToPlace,
  edition: EditionInScope,
  input: PlaceSessionInput,
) {
  if (!editionDayList(edition.startsOn, edition.endsOn).includes(input.day)) {
    throw new UserError('badRequest', 'conference.admin.grid.error.dayNotInEdition', {
      fieldErrors: { day: 'conference.admin.grid.error.dayNotInEdition' },
    });
  }
  const startsAt = osloLocalToUtc(input.day, input.time, input.overlap && toDisambiguation[input.overlap], {
    field: 'time',
  });
  const durationMinutes = input.durationMinutes ?? session.durationMinutes;
  return db.$transaction(async (tx) => {
    const room = await tx.conferenceRoom.findFirst({
      where: { id: input.roomId, editionId: edition.id },
      select: { id: true, name: true },
    });
    if (!room) {
      throw new UserError('badRequest', 'conference.admin.grid.error.roomNotInEdition', {
        fieldErrors: { roomId: 'conference.admin.grid.error.roomNotInEdition' },
      });
    }
    await tx.conferenceSession.update({
      where: { id: session.id },
      data: { roomId: room.id, startsAt, durationMinutes },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'update',
      entity: 'conferenceSession',
      entityId: session.id,
      before: { roomId: session.roomId, startsAt: session.startsAt, durationMinutes: session.durationMinutes },
      after: { roomId: room.id, startsAt, durationMinutes },
    });
    const programme = await loadProgramme(tx, edition.id);
    const warnings = warningsOf(programme, editionDayList(programme.startsOn, programme.endsOn)).filter((w) =>
      warningSessionIds(w).includes(session.id),
    );
    return {
      id: session.id,
      room,
      startsAt: startsAt.toISOString(),
      placement: placementOf(room.id, startsAt)!,
      durationMinutes,
      warnings,
    };
  });
}

/** Take a session out of the programme (no room, no start): it is back among the unscheduled. Audited. */
export async function unscheduleSession(db: Db, userId: string, session: SessionToPlace) {
  return db.$transaction(async (tx) => {
    await tx.conferenceSession.update({ where: { id: session.id }, data: { roomId: null, startsAt: null } });
    await recordAudit(tx, {
      actorId: userId,
      action: 'update',
      entity: 'conferenceSession',
      entityId: session.id,
      before: { roomId: session.roomId, startsAt: session.startsAt },
      after: { roomId: null, startsAt: null },
    });
    return { id: session.id };
  });
}
