import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { contextFor, webCaller } from '../../testing/caller.ts';
import { type World, createWorld } from '../../testing/world.ts';

describe.each(testDatabases())('the public programme on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  }, 180_000);
  afterAll(async () => handle?.close());

  const web = async () => webCaller(await contextFor(handle!.db, 'web', world, 'anonymous'));
  const notFound = async (call: Promise<unknown>) => {
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('NOT_FOUND');
  };

  test('the newest published release, never the draft, with its frozen snapshot', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { release, snapshot } = await (await web()).conference.programme({ slug: world.conferencePublished.slug });
    expect(release).toMatchObject({ id: world.conferencePublished.releaseId, name: 'v1', sequence: 1 });
    expect(release.publishedAt).toBe('2030-09-01T10:00:00.000Z');
    expect(snapshot.sessions.map((s) => s.title)).toEqual([
      'Åpning',
      'Likepersoner på sykehuset',
      'Verksted om medvirkning',
    ]);
    expect(snapshot.speakers.map((s) => s.name)).toEqual(['Kari Ås', 'Ola Øren']);
  });

  test('the edition: its facts, organisers and whether it has a programme', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const edition = await (await web()).conference.edition({ slug: world.conferencePublished.slug });
    expect(edition.edition).toMatchObject({ title: 'Ingenting om oss uten oss 2030', startsOn: '2030-10-21' });
    expect(edition.partners).toHaveLength(1);
    expect(edition.partners[0]).toMatchObject({ role: 'organiser', logo: null });
    expect(edition).toMatchObject({ hasProgramme: true, sessionCount: 3, speakerCount: 2, release: { name: 'v1' } });
  });

  test('an edition with no published release, and an unknown slug, are not found', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const caller = await web();
    await notFound(caller.conference.programme({ slug: world.conference.slug }));
    await notFound(caller.conference.edition({ slug: world.conference.slug }));
    await notFound(caller.conference.programme({ slug: 'finnes-ikke' }));
  });

  test('a later published release takes over; the working copy changes nothing until then', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { editionId, slug } = world.conferencePublished;
    await handle.db.conferenceSession.updateMany({
      where: { editionId, number: 1 },
      data: { title: 'Endret i utkast' },
    });
    const before = await (await web()).conference.programme({ slug });
    expect(before.snapshot.sessions[0]!.title).toBe('Åpning');
    const v1 = await handle.db.conferenceRelease.findUniqueOrThrow({
      where: { id: world.conferencePublished.releaseId },
    });
    await handle.db.conferenceRelease.create({
      data: {
        editionId,
        sequence: 2,
        name: 'v2',
        snapshot: v1.snapshot!,
        publishedAt: new Date('2030-09-15T10:00:00Z'),
      },
    });
    const after = await (await web()).conference.programme({ slug });
    expect(after.release).toMatchObject({ name: 'v2', sequence: 2 });
  });
});
