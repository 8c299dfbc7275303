import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { publicProcedure } from './procedures/index.ts';
import { PUBLIC_READS, type PublicRead } from './public-reads.ts';
import { callPath, contextFor, procedurePaths, routers } from './testing/caller.ts';
import { type Role, type World, createWorld } from './testing/world.ts';

type Middleware = { _type?: string; name?: string };
const middlewaresOf = (def: unknown) => (def as { _def: { middlewares: Middleware[] } })._def.middlewares;

/** The middlewares that are neither input parsers nor the resolver: what decides who may call a procedure. */
const guards = (def: unknown) =>
  middlewaresOf(def).filter((m) => m._type !== 'input' && m.name !== 'resolveMiddleware');

test('every public read is a web query built on publicProcedure, with no check of its own', () => {
  const procedures = routers.web._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  for (const path of PUBLIC_READS) {
    expect(procedurePaths('web'), path).toContain(path);
    expect(procedures[path]!._def.type, path).toBe('query');
    expect(guards(procedures[path]), path).toEqual(guards(publicProcedure));
  }
  // The check can fail: a procedure for members has a guard more.
  expect(guards(procedures['account.notifications'])).not.toEqual(guards(publicProcedure));
});

describe.each(testDatabases())('public reads on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterAll(async () => handle?.close());

  const inputs = (): Record<PublicRead, unknown> => ({
    'organisations.list': { page: 1, pageSize: 20 },
    'organisations.bySlug': { slug: 'kommune-en' },
    'networks.list': undefined,
    'networks.bySlug': { slug: 'nettverk-en' },
    'practice.search': { q: 'stress' },
    'practice.grid': undefined,
    'practice.bySlug': { slug: world.practice.published.slug },
    'conference.programme': { slug: world.conferencePublished.slug },
    'conference.edition': { slug: world.conferencePublished.slug },
    'conference.changeLog': { slug: world.releases.slug },
    'evaluations.reports': undefined,
    'evaluations.report': { slug: world.evaluations.published.slug },
  });

  // Anonymous, a member of org1, its editor (who also sees its drafts elsewhere), a coordinator, an admin.
  const viewers: Array<[Role, 'nb' | 'nn' | 'en']> = [
    ['member', 'nb'],
    ['editor', 'nb'],
    ['coordinator', 'en'],
    ['admin', 'nn'],
    ['anonymous', 'en'],
  ];

  test.for(PUBLIC_READS)('%s answers every viewer alike', async (path, ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const input = inputs()[path];
    const anonymous = await callPath(await contextFor(handle.db, 'web', world, 'anonymous'), 'web', path, input);
    // Something to compare: an empty answer would prove nothing.
    expect(JSON.stringify(anonymous).length).toBeGreaterThan(40);
    for (const [role, locale] of viewers) {
      const ctxFor = await contextFor(handle.db, 'web', world, role, locale);
      expect(await callPath(ctxFor, 'web', path, input), `${path} as ${role} (${locale})`).toEqual(anonymous);
    }
  });
});
