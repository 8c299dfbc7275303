import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type World, createWorld } from './testing/world.ts';
import { sitemapEntries } from './sitemap.ts';

describe.each(testDatabases())('the sitemap on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
  });
  afterAll(async () => handle?.close());

  test('lists the public lists, published examples, organisations and networks; no drafts', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const entries = await sitemapEntries(handle.db);
    const paths = entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/praksis', '/organisasjoner', '/nettverk', '/nettverk/nettverk-en']),
    );
    const examples = paths.filter((p) => p.startsWith('/praksis/') && p !== '/praksis/oversikt');
    // The draft (recoverykurs) and the one in review (matlaging-i-bofellesskap) have no public page.
    expect(examples).toEqual(['/praksis/stressmestring-i-gruppe']);
    const example = entries.find((e) => e.path === '/praksis/stressmestring-i-gruppe');
    const published = await handle.db.practiceExample.findUniqueOrThrow({
      where: { id: world.practice.published.exampleId },
    });
    expect(example?.lastmod).toEqual(published.lastPublishedAt);
    const organisations = await handle.db.organisation.findMany({ select: { slug: true } });
    for (const o of organisations) expect(paths).toContain(`/organisasjoner/${o.slug}`);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('published meetings are listed with /moter, drafts are not', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const paths = (await sitemapEntries(handle.db)).map((e) => e.path);
    expect(paths).toContain('/moter');
    expect(paths).toContain(`/moter/${world.meetings.upcoming.slug}`);
    expect(paths).toContain(`/moter/${world.meetings.started.slug}`);
    expect(paths).not.toContain(`/moter/${world.meetings.draft.slug}`);
  });

  test('an archived example leaves the sitemap', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const id = world.practice.published.exampleId;
    await handle.db.practiceExample.update({ where: { id }, data: { archivedAt: new Date() } });
    try {
      const paths = (await sitemapEntries(handle.db)).map((e) => e.path);
      expect(paths).not.toContain('/praksis/stressmestring-i-gruppe');
    } finally {
      await handle.db.practiceExample.update({ where: { id }, data: { archivedAt: null } });
    }
  });

  test('the conference: the list, each published edition with its programme, sessions and speakers; no working copy', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const entries = await sitemapEntries(handle.db);
    const paths = entries.map((e) => e.path);
    const slug = world.conferencePublished.slug;
    expect(paths).toContain('/konferanse');
    const mine = paths.filter((p) => p.startsWith(`/konferanse/${slug}`));
    expect(mine.sort()).toEqual(
      [
        `/konferanse/${slug}`,
        `/konferanse/${slug}/program`,
        `/konferanse/${slug}/endringer`,
        `/konferanse/${slug}/foredragsholdere`,
        `/konferanse/${slug}/sesjon/1`,
        `/konferanse/${slug}/sesjon/2`,
        `/konferanse/${slug}/sesjon/3`,
        `/konferanse/${slug}/foredragsholder/1`,
        `/konferanse/${slug}/foredragsholder/2`,
      ].sort(),
    );
    // The edition with no published release (konferanse-2031) is not there at all.
    expect(paths.some((p) => p.includes(world.conference.slug))).toBe(false);
    expect(entries.find((e) => e.path === `/konferanse/${slug}/program`)?.lastmod).toEqual(
      new Date('2030-09-01T10:00:00Z'),
    );
  });
});
