import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import type { SiteUrls } from '../context.ts';
import { type World, createWorld } from './world.ts';

/** The site's addresses in tests: links in messages point here. */
export const TEST_URLS: SiteUrls = { web: 'https://knutepunkt.example', admin: 'https://admin.knutepunkt.example' };

/** How long building the test world in a hook may take (ms). */
export const WORLD_SETUP_TIMEOUT = 300_000;

export interface WorldSetup {
  /** The open database, or null when this database is not available here (skip the test). */
  handle: DbHandle | null;
  /** The test world built in it (read it only when `handle` is set). */
  world: World;
}

/**
 * For a describe block run once per test database (`describe.each(testDatabases())`): opens the
 * database and builds the test world before the block's tests, closes it after. Tests read
 * `setup.handle` and `setup.world`. Building the world takes a few seconds alone, but much
 * longer on a busy machine running many suites at once; a timed-out hook says nothing about
 * what a test checks, so the hook has room to breathe.
 */
export function worldPerDatabase(open: () => Promise<DbHandle | null>): WorldSetup {
  const setup: WorldSetup = { handle: null, world: undefined as unknown as World };
  beforeAll(async () => {
    setup.handle = await open();
    if (setup.handle) setup.world = await createWorld(setup.handle.db);
  }, WORLD_SETUP_TIMEOUT);
  afterAll(async () => setup.handle?.close(), WORLD_SETUP_TIMEOUT);
  return setup;
}
