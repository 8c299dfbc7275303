import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { sessionFields } from '@knutepunkt/domain';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { loadEdition } from './scope.ts';
import { createSession } from './sessions-editing.ts';
import { createSpeaker } from './speakers-editing.ts';

/**
 * The check: coordinators creating at the same moment get numbers 1..n, none twice
 * (the edition's row lock, sessions-numbering.ts). On PostgreSQL through two clients with
 * pools of their own, as two server instances would.
 */
const N = 10;

async function setUp(db: Db) {
  const network = await db.network.create({ data: { slug: 'nettverket', name: 'Nettverket' } });
  const user = await db.user.create({
    data: { email: 'koordinator@example.no', name: 'Koordinator', passwordHash: 'x' },
  });
  const edition = await db.conferenceEdition.create({
    data: {
      slug: 'konferansen',
      title: 'Konferansen',
      languages: ['nb'],
      startsOn: '2031-10-20',
      endsOn: '2031-10-21',
      owners: { create: { networkId: network.id } },
    },
  });
  return { edition: (await loadEdition(db, edition.id))!, actorId: user.id };
}

const session = (i: number) =>
  sessionFields.parse({
    title: `Sesjon ${i}`,
    abstract: '',
    language: 'nb',
    typeId: null,
    trackId: null,
    tags: [],
    signLanguage: false,
    captioned: false,
    streamed: false,
    recorded: true,
    materials: '',
    durationMinutes: 45,
    capacity: null,
    speakerIds: [],
  });

describe.each(testDatabases())('creating at the same moment on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test(`${N} sessions and ${N} speakers at once: numbers 1..${N} each, none twice`, async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const db = dbs[0]!;
    const { edition, actorId } = await setUp(db);
    const on = (i: number) => dbs[i % dbs.length]!;

    const [sessions, speakers] = await Promise.all([
      Promise.all(Array.from({ length: N }, (_, i) => createSession(on(i), actorId, edition, session(i)))),
      Promise.all(
        Array.from({ length: N }, (_, i) =>
          createSpeaker(on(i + 1), actorId, edition, {
            name: `Foredragsholder ${i}`,
            bio: '',
            bioLanguage: 'nb',
            contribution: '',
            organisationId: null,
            userEmail: null,
            photoAlt: '',
          }),
        ),
      ),
    ]);

    const expected = Array.from({ length: N }, (_, i) => i + 1);
    expect(sessions.map((s) => s.number).sort((a, b) => a - b)).toEqual(expected);
    expect(speakers.map((s) => s.number).sort((a, b) => a - b)).toEqual(expected);
    const stored = await db.conferenceSession.findMany({
      where: { editionId: edition.id },
      orderBy: { number: 'asc' },
    });
    expect(stored.map((s) => s.number)).toEqual(expected);
    expect(await db.auditEntry.count({ where: { entity: { in: ['conferenceSession', 'conferenceSpeaker'] } } })).toBe(
      2 * N,
    );
  });
});
