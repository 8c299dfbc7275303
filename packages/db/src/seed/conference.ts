import { osloLocalToUtc } from '@knutepunkt/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_EMAIL_DOMAIN } from './accounts.ts';
import { EDITION_2022 } from './conference-data-2022.ts';
import { MEMBER_STARS, SESSIONS_2022, V2_CHANGES } from './conference-data-2022-sessions.ts';
import { EDITION_2027 } from './conference-data-2027.ts';
import type { EditionData, SessionData } from './conference-shape.ts';

type Tx = Prisma.TransactionClient;

/**
 * Publishing a release is the API's work (its snapshot, the changes since the one before and
 * the notices to those who starred a changed session: docs/adr/0023), so the server hands the
 * seed its own publishing function. Without one (the db package's tests) the releases stay drafts.
 */
export type PublishRelease = (tx: Tx, release: { releaseId: string; userId: string; at: Date }) => Promise<void>;

interface Ids {
  networkId: (slug: string) => string;
  organisationId: (slug: string) => string;
  userId: (email: string) => string;
}

interface Written {
  editionId: string;
  room: Map<string, string>;
  type: Map<string, string>;
  track: Map<string, string>;
  speaker: Map<string, string>;
  session: Map<number, string>;
}

/**
 * The conference (docs/adr/0023): the 2022 edition with two published releases (v1, then
 * «v2 – endringer 3. okt» with a moved, a renamed, a cancelled and an added session) and the
 * demo member's stars, so the change log and a starred session's notice can be seen; and the
 * 2027 edition being planned, with no release.
 */
export async function seedConference(tx: Tx, ids: Ids, publish: PublishRelease | undefined): Promise<void> {
  const coordinatorId = ids.userId(`koordinator.knutepunkt@${DEMO_EMAIL_DOMAIN}`);
  const edition = await writeEdition(tx, ids, { ...EDITION_2022, sessions: SESSIONS_2022 });
  await tx.conferenceStar.createMany({
    data: MEMBER_STARS.map((n) => ({
      userId: ids.userId(`medlem@${DEMO_EMAIL_DOMAIN}`),
      sessionId: edition.session.get(n)!,
    })),
  });
  await release(tx, edition.editionId, 'v1', 'Første versjon av programmet.', coordinatorId, '2022-09-12', publish);

  const { moved, renamed, cancelled, added, speakerAdded } = V2_CHANGES;
  await tx.conferenceSession.update({
    where: { id: edition.session.get(moved.number)! },
    data: { roomId: edition.room.get(moved.room)!, startsAt: at(EDITION_2022, moved.day, moved.start) },
  });
  await tx.conferenceSession.update({
    where: { id: edition.session.get(renamed.number)! },
    data: { title: renamed.title },
  });
  // Cancelled: taken out of the programme (unscheduled), kept in the working copy.
  await tx.conferenceSession.update({
    where: { id: edition.session.get(cancelled)! },
    data: { roomId: null, startsAt: null },
  });
  await writeSession(tx, EDITION_2022, edition, added);
  await tx.conferenceSessionSpeaker.create({
    data: {
      sessionId: edition.session.get(speakerAdded.number)!,
      speakerId: edition.speaker.get(speakerAdded.speaker)!,
      position: 10,
    },
  });
  await release(tx, edition.editionId, 'v2 – endringer 3. okt', V2_CHANGES.note, coordinatorId, '2022-10-03', publish);

  await writeEdition(tx, ids, EDITION_2027);
}

async function release(
  tx: Tx,
  editionId: string,
  name: string,
  note: string,
  userId: string,
  day: string,
  publish: PublishRelease | undefined,
): Promise<void> {
  const draft = await tx.conferenceRelease.create({ data: { editionId, name, note } });
  await publish?.(tx, { releaseId: draft.id, userId, at: osloLocalToUtc(day, '12:00') });
}

function at(edition: EditionData, day: 0 | 1 | 2, time: string): Date | null {
  return day === 0 ? null : osloLocalToUtc(edition.days[day - 1]!, time);
}

async function writeEdition(tx: Tx, ids: Ids, data: EditionData): Promise<Written> {
  const edition = await tx.conferenceEdition.create({
    data: {
      slug: data.slug,
      title: data.title,
      subtitle: data.subtitle,
      description: data.description,
      language: data.language,
      languages: data.languages,
      startsOn: data.days[0],
      endsOn: data.days[1],
      venueName: data.venueName,
      venueAddress: data.venueAddress,
      owners: { create: data.owners.map((slug) => ({ networkId: ids.networkId(slug) })) },
      partners: {
        create: [
          ...data.organisers.map((slug, position) => ({
            organisationId: ids.organisationId(slug),
            role: 'organiser' as const,
            position,
          })),
          ...data.partners.map((slug, position) => ({
            organisationId: ids.organisationId(slug),
            role: 'partner' as const,
            position,
          })),
        ],
      },
    },
  });
  const editionId = edition.id;
  const written: Written = {
    editionId,
    room: new Map(),
    type: new Map(),
    track: new Map(),
    speaker: new Map(),
    session: new Map(),
  };
  for (const [position, room] of data.rooms.entries()) {
    const { key, ...fields } = room;
    written.room.set(key, (await tx.conferenceRoom.create({ data: { editionId, position, ...fields } })).id);
  }
  for (const [position, { key, ...fields }] of data.tracks.entries()) {
    written.track.set(key, (await tx.conferenceTrack.create({ data: { editionId, position, ...fields } })).id);
  }
  for (const [position, { key, ...fields }] of data.types.entries()) {
    written.type.set(key, (await tx.conferenceSessionType.create({ data: { editionId, position, ...fields } })).id);
  }
  for (const [i, sp] of data.speakers.entries()) {
    const created = await tx.conferenceSpeaker.create({
      data: {
        editionId,
        number: i + 1,
        name: sp.name,
        bio: sp.bio,
        bioLanguage: sp.bioLanguage ?? 'nb',
        contribution: sp.contribution ?? '',
        organisationId: sp.organisation ? ids.organisationId(sp.organisation) : null,
      },
    });
    written.speaker.set(sp.key, created.id);
  }
  for (const session of data.sessions) await writeSession(tx, data, written, session);
  return written;
}

async function writeSession(tx: Tx, edition: EditionData, written: Written, s: SessionData): Promise<void> {
  const find = (map: Map<string, string>, key: string | undefined, what: string) => {
    if (key === undefined) return null;
    const id = map.get(key);
    if (!id) throw new Error(`Demo seed: unknown conference ${what} "${key}"`);
    return id;
  };
  const created = await tx.conferenceSession.create({
    data: {
      editionId: written.editionId,
      number: s.number,
      title: s.title,
      abstract: s.abstract,
      language: s.language ?? 'nb',
      typeId: find(written.type, s.type, 'type'),
      trackId: find(written.track, s.track, 'track'),
      tags: s.tags ?? [],
      signLanguage: s.signLanguage ?? false,
      captioned: s.captioned ?? false,
      streamed: s.streamed ?? false,
      recorded: s.recorded ?? true,
      roomId: find(written.room, s.room, 'room'),
      startsAt: at(edition, s.day, s.start),
      durationMinutes: s.minutes,
      capacity: s.capacity ?? null,
      speakers: {
        create: (s.speakers ?? []).map((key, position) => ({
          speakerId: find(written.speaker, key, 'speaker')!,
          position,
        })),
      },
    },
  });
  written.session.set(s.number, created.id);
}
