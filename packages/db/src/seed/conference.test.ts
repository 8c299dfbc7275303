import { editionDayList, programmeWarnings, utcToOslo } from '@knutepunkt/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../client.ts';
import { testDatabases } from '../testing/index.ts';
import { seedDemo } from './index.ts';

const hashPassword = vi.fn(async (plain: string) => `test-hash:${plain}`);

/**
 * The demo's conference as written (conference.ts). Publishing is the API's, tested in
 * packages/api; here no publishing function is given, so both 2022 releases stay drafts.
 */
describe.each(testDatabases())('the demo seed’s conference on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  // A plain recorder: the test config clears vi.fn calls before each test.
  const published: Array<{ releaseId: string; userId: string }> = [];
  const publish = async (_tx: unknown, release: { releaseId: string; userId: string }) => {
    published.push(release);
  };
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    await seedDemo(handle.db, { hashPassword, publishConferenceRelease: publish });
  }, 120_000);
  afterAll(async () => handle?.close());

  it('writes the 2022 edition: two days, four rooms, three tracks, about 35 sessions with speakers', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const edition = await handle.db.conferenceEdition.findUniqueOrThrow({
      where: { slug: 'ingenting-om-oss-2022' },
      include: { rooms: true, tracks: true, sessions: { include: { speakers: true } }, partners: true, owners: true },
    });
    expect([edition.startsOn, edition.endsOn]).toEqual(['2022-10-19', '2022-10-20']);
    expect(edition.rooms).toHaveLength(4);
    expect(edition.tracks).toHaveLength(3);
    expect(edition.sessions.length).toBeGreaterThanOrEqual(34);
    expect(edition.partners.length).toBeGreaterThanOrEqual(8);
    expect(edition.owners).toHaveLength(2);
    // Every scheduled session is on one of the two days, at a sensible Oslo hour.
    for (const s of edition.sessions.filter((s) => s.startsAt)) {
      const local = utcToOslo(s.startsAt!);
      expect(['2022-10-19', '2022-10-20']).toContain(local.date);
      expect(local.time >= '09:00' && local.time <= '16:00').toBe(true);
    }
    expect(edition.sessions.filter((s) => s.speakers.length > 0).length).toBeGreaterThan(25);
  });

  it('gives the programme editor nothing to warn about: no room or speaker twice, all within the days', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const edition = await handle.db.conferenceEdition.findUniqueOrThrow({
      where: { slug: 'ingenting-om-oss-2022' },
      include: { rooms: true, sessions: { include: { speakers: true, type: true } } },
    });
    const warnings = programmeWarnings({
      sessions: edition.sessions.map((s) => ({
        id: String(s.number),
        roomId: s.roomId,
        startsAt: s.startsAt,
        durationMinutes: s.durationMinutes,
        speakerIds: s.speakers.map((link) => link.speakerId),
        kind: s.type?.kind ?? null,
        capacity: s.capacity,
      })),
      rooms: edition.rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
      days: editionDayList(edition.startsOn, edition.endsOn),
      dayStartsAt: edition.dayStartsAt,
      dayEndsAt: edition.dayEndsAt,
    });
    expect(warnings).toEqual([]);
  });

  it('asks for the two releases to be published in order, v1 then v2, by a coordinator', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const releases = await handle.db.conferenceRelease.findMany({ orderBy: { createdAt: 'asc' } });
    expect(releases.map((r) => r.name)).toEqual(['v1', 'v2 – endringer 3. okt']);
    expect(published.map((p) => p.releaseId)).toEqual(releases.map((r) => r.id));
    const coordinator = await handle.db.user.findUniqueOrThrow({
      where: { email: 'koordinator.knutepunkt@demo.knutepunkt.no' },
    });
    expect(new Set(published.map((p) => p.userId))).toEqual(new Set([coordinator.id]));
  });

  it('gives the demo member three stars and leaves the 2027 edition unpublished with sessions to place', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const member = await handle.db.user.findUniqueOrThrow({
      where: { email: 'medlem@demo.knutepunkt.no' },
      include: { conferenceStars: true },
    });
    expect(member.conferenceStars).toHaveLength(3);
    const next = await handle.db.conferenceEdition.findUniqueOrThrow({
      where: { slug: 'recovery-konferansen-2027' },
      include: { sessions: true, releases: true },
    });
    expect(next.releases).toHaveLength(0);
    expect(next.sessions.filter((s) => s.startsAt === null).length).toBeGreaterThanOrEqual(3);
  });
});
