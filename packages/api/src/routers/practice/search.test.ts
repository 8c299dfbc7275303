import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DbHandle, refreshPracticeSearch } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { practiceSearchInput } from '@knutepunkt/domain';
import { PRACTICE_CONTENT, type World, createWorld } from '../../testing/world.ts';
import { practiceGrid, searchPractice, splitHighlight } from './search.ts';
import { relatedExamples } from './queries.ts';

/** Publish an example straight into the database, as the seed does. */
async function published(
  db: DbHandle['db'],
  organisationId: string,
  slug: string,
  content: Partial<typeof PRACTICE_CONTENT> & { title: string },
  publishedAt: Date,
) {
  const example = await db.practiceExample.create({
    data: {
      slug,
      organisationId,
      versions: { create: { number: 1, state: 'PUBLISHED', publishedAt, ...PRACTICE_CONTENT, ...content } },
    },
    include: { versions: true },
  });
  await db.practiceExample.update({
    where: { id: example.id },
    data: { publishedVersionId: example.versions[0]!.id, firstPublishedAt: publishedAt, lastPublishedAt: publishedAt },
  });
  await refreshPracticeSearch(db, example.id);
  return example.id;
}

describe.each(testDatabases())('searching the practice bank on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
    const db = handle.db;
    await published(
      db,
      world.org2,
      'bedring-i-tittelen',
      {
        title: 'Bedringsprosesser i fellesskap',
        summary: 'Et kurs.',
        background: 'Kort.',
        chime: ['HOPE'],
        levels: ['INDIVIDUAL'],
        themes: ['ART_AND_CULTURE'],
      },
      new Date('2026-01-10T10:00:00Z'),
    );
    await published(
      db,
      world.org3,
      'bedring-i-teksten',
      {
        title: 'Kunstverksted',
        summary: 'Et verksted.',
        background: 'Deltakerne forteller om sin egen bedringsprosess og om kunsten.',
        chime: ['IDENTITY'],
        levels: ['SOCIETY'],
        themes: ['ART_AND_CULTURE'],
      },
      new Date('2026-03-10T10:00:00Z'),
    );
  });
  afterAll(async () => handle?.close());

  const search = (input: object) => searchPractice(handle!.db, practiceSearchInput.parse(input));

  test('Norwegian stemming: "bedringsprosessen" finds "bedringsprosesser" and "bedringsprosess"', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const result = await search({ q: 'bedringsprosessen' });
    expect(result.items.map((i) => i.slug).sort()).toEqual(['bedring-i-teksten', 'bedring-i-tittelen']);
  });

  test('ranked by relevance with a hit in the title first; by date when asked', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect((await search({ q: 'bedringsprosessen' })).items.map((i) => i.slug)).toEqual([
      'bedring-i-tittelen',
      'bedring-i-teksten',
    ]);
    expect((await search({ q: 'bedringsprosessen', sort: 'date' })).items.map((i) => i.slug)).toEqual([
      'bedring-i-teksten',
      'bedring-i-tittelen',
    ]);
  });

  test('hits come back marked, as text parts (no HTML)', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const [first] = (await search({ q: 'bedringsprosessen' })).items;
    expect(first?.titleHighlighted).toEqual([
      { text: 'Bedringsprosesser', hit: true },
      { text: ' i fellesskap', hit: false },
    ]);
    expect(splitHighlight('a\u0002b\u0003c')).toEqual([
      { text: 'a', hit: false },
      { text: 'b', hit: true },
      { text: 'c', hit: false },
    ]);
  });

  test('filters combine: any value within one, all of them together; organisation type and county too', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const slugs = async (input: object) => (await search(input)).items.map((i) => i.slug).sort();
    expect(await slugs({ chime: ['HOPE', 'IDENTITY'] })).toEqual([
      'bedring-i-teksten',
      'bedring-i-tittelen',
      'stressmestring-i-gruppe',
    ]);
    expect(await slugs({ chime: ['HOPE'], levels: ['INDIVIDUAL'] })).toEqual(['bedring-i-tittelen']);
    expect(await slugs({ themes: ['ART_AND_CULTURE'], counties: ['46'] })).toEqual(['bedring-i-teksten']);
    expect(await slugs({ organisationTypes: ['USER_LED_CENTRE'] })).toEqual([]);
    expect((await search({ q: 'stress', chime: ['IDENTITY'] })).total).toBe(0);
  });

  test('pages hold pageSize items and report the total', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const first = await search({ pageSize: 2 });
    const second = await search({ pageSize: 2, page: 2 });
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((i) => i.slug).sort()).toEqual([
      'bedring-i-teksten',
      'bedring-i-tittelen',
      'stressmestring-i-gruppe',
    ]);
  });

  test('the CHIME x level grid counts each example in each of its cells', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const grid = await practiceGrid(handle.db);
    expect(grid.total).toBe(3);
    expect(grid.cells).toContainEqual({ chime: 'HOPE', level: 'SERVICE', count: 1 });
    expect(grid.cells).toContainEqual({ chime: 'HOPE', level: 'INDIVIDUAL', count: 1 });
    expect(grid.cells.find((c) => c.chime === 'EMPOWERMENT')).toBeUndefined();
  });

  test('related examples share CHIME categories or themes', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const related = await relatedExamples(handle.db, world.practice.published.exampleId);
    expect(related.map((r) => r.slug)).toEqual(['bedring-i-tittelen']);
  });

  test('an archived example leaves the search', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const id = world.practice.published.exampleId;
    await handle.db.practiceExample.update({ where: { id }, data: { archivedAt: new Date() } });
    await refreshPracticeSearch(handle.db, id);
    expect((await search({ q: 'stress' })).total).toBe(0);
    await handle.db.practiceExample.update({ where: { id }, data: { archivedAt: null } });
    await refreshPracticeSearch(handle.db, id);
    expect((await search({ q: 'stress' })).total).toBe(1);
  });
});

// Ranking reads two tiers (searchPractice): title or summary hits ranked, then hits in the
// sections alone, newest first. The page is cut from both, so every page must agree with one order.
describe.each(testDatabases())('ranking tiers, deep pages and the capped count on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
    const db = handle.db;
    const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
    const short = {
      summary: 'Et tilbud.',
      background: 'Kort.',
      approach: 'Kort.',
      experiences: 'Kort.',
      results: 'Kort.',
    };
    await published(
      db,
      world.org2,
      'i-tittelen',
      { ...short, title: 'Birøkt i byen', background: 'Honning selges.' },
      day('2025-01-01'),
    );
    await published(
      db,
      world.org2,
      'i-sammendraget',
      { ...short, title: 'Hagelag', summary: 'Vi driver med birøkt.' },
      day('2025-06-01'),
    );
    await published(
      db,
      world.org3,
      'i-teksten-ny',
      { ...short, title: 'Verksted', background: 'Vi prøvde birøkt.' },
      day('2026-01-01'),
    );
    await published(
      db,
      world.org3,
      'i-teksten-eldre',
      { ...short, title: 'Turlag', results: 'Litt birøkt.' },
      day('2025-03-01'),
    );
  });
  afterAll(async () => handle?.close());

  const search = (input: object, options?: { countCap?: number }) =>
    searchPractice(handle!.db, practiceSearchInput.parse(input), options);
  const slugs = async (input: object) => (await search(input)).items.map((i) => i.slug);

  test('title above summary above the sections; the sections newest first, even when newer than a title hit', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(await slugs({ q: 'birøkt' })).toEqual(['i-tittelen', 'i-sammendraget', 'i-teksten-ny', 'i-teksten-eldre']);
    expect(await slugs({ q: 'birøkt', sort: 'date' })).toEqual([
      'i-teksten-ny',
      'i-sammendraget',
      'i-teksten-eldre',
      'i-tittelen',
    ]);
  });

  test('page by page, across the tiers, the same order; past the end, nothing', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const pages = [];
    for (let page = 1; page <= 5; page++) pages.push(...(await slugs({ q: 'birøkt', pageSize: 1, page })));
    expect(pages).toEqual(['i-tittelen', 'i-sammendraget', 'i-teksten-ny', 'i-teksten-eldre']);
    expect(await slugs({ q: 'birøkt', pageSize: 3, page: 2 })).toEqual(['i-teksten-eldre']);
  });

  test('a word left out with "-" removes an example even when its title matches', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(await slugs({ q: 'birøkt -honning' })).toEqual(['i-sammendraget', 'i-teksten-ny', 'i-teksten-eldre']);
  });

  test('with words the count stops at the cap and says so; without words it is exact', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(await search({ q: 'birøkt' }, { countCap: 2 })).toMatchObject({ total: 2, totalCapped: true });
    expect((await search({ q: 'birøkt' }, { countCap: 2 })).items).toHaveLength(4);
    expect(await search({ q: 'birøkt' }, { countCap: 4 })).toMatchObject({ total: 4, totalCapped: false });
    expect(await search({ q: 'birøkt' })).toMatchObject({ total: 4, totalCapped: false });
    // The world's own published example and these four.
    expect(await search({}, { countCap: 2 })).toMatchObject({ total: 5, totalCapped: false });
  });
});
