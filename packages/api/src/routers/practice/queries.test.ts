import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { translate } from '@knutepunkt/domain';
import { httpCall } from '../../testing/http.ts';
import { type World, createWorld } from '../../testing/world.ts';

/** An example's public page over HTTP, as the browser (and the server's renderer) asks for it. */
describe.each(testDatabases())('an archived example on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
  });
  afterAll(async () => handle?.close());

  const bySlug = (slug: string, locale: 'nb' | 'nn' | 'en' = 'nb') =>
    httpCall(handle!.db, 'web', {
      path: 'practice.bySlug',
      type: 'query',
      input: { slug },
      sessionToken: null,
      locale,
    });

  test('answers 410 Gone with the archived message in the asker’s language; back on the page when restored', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { slug, exampleId } = world.practice.published;
    expect((await bySlug(slug)).status).toBe(200);

    await handle.db.practiceExample.update({ where: { id: exampleId }, data: { archivedAt: new Date() } });
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const answer = await bySlug(slug, locale);
      expect(answer.status).toBe(410);
      expect(answer.body.error?.message).toBe(translate(locale, 'practice.error.archived'));
    }

    await handle.db.practiceExample.update({ where: { id: exampleId }, data: { archivedAt: null } });
    expect((await bySlug(slug)).status).toBe(200);
  });

  test('an address that never was public is still 404, archived or not', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await handle.db.practiceExample.update({
      where: { id: world.practice.draft.exampleId },
      data: { archivedAt: new Date() },
    });
    expect((await bySlug('recoverykurs')).status).toBe(404);
    expect((await bySlug('finnes-ikke')).status).toBe(404);
  });
});
