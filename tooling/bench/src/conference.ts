import { buildProgrammeSnapshot, webRouter } from '@knutepunkt/api';
import type { Db } from '@knutepunkt/db';
import { conferencePaths } from '@knutepunkt/domain';

/**
 * BENCH_ONLY=conference (issue 10): an edition of 150 sessions over two days in six rooms, with
 * speakers, tracks and a published release, and the reads a conference day puts under load: the
 * programme as the web app asks for it (tRPC GET) and the frab JSON the phone apps fetch.
 */

const SLUG = 'bench-konferanse';
const SESSIONS = 150;
const ROOMS = 6;
const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;

export async function seedConference(db: Db): Promise<string> {
  const edition = await db.conferenceEdition.create({
    data: {
      slug: SLUG,
      title: 'Ingenting om oss uten oss',
      subtitle: 'Benchmark',
      languages: ['nb'],
      startsOn: '2031-10-20',
      endsOn: '2031-10-21',
      venueName: 'Royal Garden',
      venueAddress: 'Kjøpmannsgata 73, Trondheim',
    },
  });
  const editionId = edition.id;
  const rooms = await Promise.all(
    Array.from({ length: ROOMS }, (_, i) =>
      db.conferenceRoom.create({ data: { editionId, name: `Sal ${i + 1}`, position: i, capacity: 50 + i * 40 } }),
    ),
  );
  const colours = ['#1f5f8b', '#8b1f5f', '#5f8b1f', '#8b5f1f'];
  const tracks = await Promise.all(
    colours.map((colour, i) =>
      db.conferenceTrack.create({ data: { editionId, name: `Spor ${i + 1}`, colour, position: i } }),
    ),
  );
  const type = await db.conferenceSessionType.create({ data: { editionId, name: 'Foredrag', kind: 'parallel' } });
  const speakers = [];
  for (let n = 1; n <= 100; n++)
    speakers.push(
      await db.conferenceSpeaker.create({
        data: {
          editionId,
          number: n,
          name: `Foredragsholder ${n}`,
          bio: 'Erfaringskonsulent med lang erfaring. '.repeat(4),
        },
      }),
    );
  // 13 slots a day from 09:00 (CEST, 07:00 UTC), 40 minutes apart, in every room: 156 places for 150 sessions.
  for (let i = 0; i < SESSIONS; i++) {
    const day = Math.floor(i / (ROOMS * 13));
    const slot = Math.floor((i % (ROOMS * 13)) / ROOMS);
    const startsAt = new Date(Date.UTC(2031, 9, 20 + day, 7, 0) + slot * 40 * 60_000);
    await db.conferenceSession.create({
      data: {
        editionId,
        number: i + 1,
        title: `Sesjon ${i + 1}: medvirkning i praksis`,
        abstract: 'Om brukermedvirkning, recovery og likeverd. '.repeat(8),
        typeId: type.id,
        trackId: tracks[i % tracks.length]!.id,
        roomId: rooms[i % ROOMS]!.id,
        startsAt,
        durationMinutes: 30,
        speakers: { create: [{ speakerId: speakers[i % speakers.length]!.id }] },
      },
    });
  }
  const snapshot = await buildProgrammeSnapshot(db, editionId);
  await db.conferenceRelease.create({
    data: { editionId, sequence: 1, name: 'v1', snapshot: snapshot as object, publishedAt: new Date() },
  });
  return SLUG;
}

/** The reads to measure; `conference.programme` only when the router has it (another part of issue 10 adds it). */
export function conferenceReads(slug: string): Array<{ name: string; path: string }> {
  const procedures = webRouter._def.procedures as Record<string, unknown>;
  return [
    ...('conference.programme' in procedures
      ? [{ name: 'conference.programme (150)', path: `/trpc/conference.programme?${input({ slug })}` }]
      : []),
    { name: 'frab JSON (150)', path: conferencePaths.web.frabJson.replace(':slug', slug) },
    { name: 'frab XML (150)', path: conferencePaths.web.frabXml.replace(':slug', slug) },
    { name: 'widget (150)', path: `${conferencePaths.web.widget.replace(':slug', slug)}?lang=nb` },
  ];
}

export const hasProgrammeRead = () => 'conference.programme' in (webRouter._def.procedures as Record<string, unknown>);
