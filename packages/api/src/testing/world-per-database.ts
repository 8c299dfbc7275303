import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import type { SiteUrls } from '../context.ts';
import { type World, createWorld } from './world.ts';

/** The site's addresses in tests: links in messages point here. */
export const TEST_URLS: SiteUrls = { web: 'https://knutepunkt.example', admin: 'https://admin.knutepunkt.example' };

export interface WorldSetup {
  /** The open database, or null when this database is not available here (skip the test). */
  handle: DbHandle | null;
  /** The test world built in it (read it only when `handle` is set). */
  world: World;
}

/**
 * For a describe block run once per test database (`describe.each(testDatabases())`): opens the
 * database and builds the test world before the block's tests, closes it after. Tests read
 * `setup.handle` and `setup.world`.
 */
export function worldPerDatabase(open: () => Promise<DbHandle | null>): WorldSetup {
  const setup: WorldSetup = { handle: null, world: undefined as unknown as World };
  beforeAll(async () => {
    setup.handle = await open();
    if (setup.handle) setup.world = await createWorld(setup.handle.db);
  }, 60_000);
  afterAll(async () => setup.handle?.close());
  return setup;
}
