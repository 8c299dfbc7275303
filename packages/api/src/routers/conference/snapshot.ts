import type { Db, Prisma } from '@knutepunkt/db';
import type {
  ProgrammeSnapshot,
  PublishedRelease,
  SessionKind,
  SnapshotSession,
  SnapshotSpeaker,
} from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/**
 * The working copy of an edition as the frozen shape a release keeps (docs/adr/0023): only
 * scheduled sessions (a room and a start), their speakers, and the rooms, tracks and types.
 * Publishing stores this; everything public is made from a stored one, never from here.
 */
export async function buildSnapshot(db: Tx, editionId: string): Promise<ProgrammeSnapshot> {
  const edition = await db.conferenceEdition.findUniqueOrThrow({
    where: { id: editionId },
    include: {
      partners: { orderBy: [{ role: 'asc' }, { position: 'asc' }], include: { organisation: true } },
      rooms: { orderBy: [{ position: 'asc' }, { name: 'asc' }] },
      tracks: { orderBy: [{ position: 'asc' }, { name: 'asc' }] },
      sessionTypes: { orderBy: [{ position: 'asc' }, { name: 'asc' }] },
      speakers: { orderBy: { number: 'asc' }, include: { organisation: { select: { name: true, slug: true } } } },
      sessions: {
        where: { roomId: { not: null }, startsAt: { not: null } },
        include: { speakers: { orderBy: { position: 'asc' }, include: { speaker: { select: { number: true } } } } },
      },
    },
  });
  const roomOrder = new Map(edition.rooms.map((room, i) => [room.id, i]));
  const roomGuid = new Map(edition.rooms.map((room) => [room.id, room.guid]));
  const sessions: SnapshotSession[] = edition.sessions
    .map((s) => ({
      guid: s.guid,
      number: s.number,
      title: s.title,
      abstract: s.abstract,
      language: s.language,
      typeId: s.typeId,
      trackId: s.trackId,
      tags: s.tags,
      signLanguage: s.signLanguage,
      captioned: s.captioned,
      streamed: s.streamed,
      recorded: s.recorded,
      materials: s.materials,
      roomGuid: roomGuid.get(s.roomId!)!,
      startsAt: s.startsAt!.toISOString(),
      durationMinutes: s.durationMinutes,
      speakers: s.speakers.map((link) => link.speaker.number),
      capacity: s.capacity,
      room: roomOrder.get(s.roomId!) ?? 0,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.room - b.room || a.number - b.number)
    .map(({ room: _room, ...session }) => session);
  // Only speakers of a scheduled session are published: a profile still being written is not.
  const speaking = new Set(sessions.flatMap((s) => s.speakers));
  const speakers: SnapshotSpeaker[] = edition.speakers
    .filter((sp) => speaking.has(sp.number))
    .map((sp) => ({
      guid: sp.guid,
      number: sp.number,
      name: sp.name,
      bio: sp.bio,
      bioLanguage: sp.bioLanguage,
      contribution: sp.contribution,
      organisation: sp.organisation,
      photo: sp.photoKey ? { key: sp.photoKey, alt: sp.photoAlt } : null,
    }));
  return {
    format: 1,
    edition: {
      slug: edition.slug,
      title: edition.title,
      subtitle: edition.subtitle,
      description: edition.description,
      language: edition.language,
      languages: edition.languages,
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      venueName: edition.venueName,
      venueAddress: edition.venueAddress,
    },
    partners: edition.partners.map((p) => ({
      role: p.role,
      name: p.organisation.name,
      slug: p.organisation.slug,
      website: p.organisation.website,
      logo: p.logoKey ? { key: p.logoKey, alt: p.logoAlt } : null,
    })),
    rooms: edition.rooms.map((r) => ({
      guid: r.guid,
      name: r.name,
      capacity: r.capacity,
      floor: r.floor,
      hearingLoop: r.hearingLoop,
      stepFree: r.stepFree,
      interpreted: r.interpreted,
      accessibilityNote: r.accessibilityNote,
    })),
    tracks: edition.tracks.map((t) => ({ id: t.id, name: t.name, colour: t.colour, description: t.description })),
    types: edition.sessionTypes.map((t) => ({ id: t.id, name: t.name, kind: t.kind as SessionKind })),
    speakers,
    sessions,
  };
}

/** A published release and its programme, as every public reader gets it. */
export interface PublishedProgramme {
  release: PublishedRelease;
  snapshot: ProgrammeSnapshot;
}

/**
 * The newest published release of the edition with this slug, or null (no such edition, or
 * nothing published yet: a draft release is never seen publicly). Published releases never
 * change, so callers may keep the answer for as long as the release id stays the newest.
 */
export async function latestPublished(db: Tx, slug: string): Promise<PublishedProgramme | null> {
  const release = await db.conferenceRelease.findFirst({
    where: { edition: { slug }, publishedAt: { not: null }, sequence: { not: null } },
    orderBy: { sequence: 'desc' },
    select: { id: true, sequence: true, name: true, note: true, publishedAt: true, snapshot: true },
  });
  if (!release?.snapshot || release.sequence === null || !release.publishedAt) return null;
  return {
    release: {
      id: release.id,
      sequence: release.sequence,
      name: release.name,
      note: release.note,
      publishedAt: release.publishedAt.toISOString(),
    },
    snapshot: release.snapshot as unknown as ProgrammeSnapshot,
  };
}
