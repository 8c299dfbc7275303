import { afterAll, beforeAll } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import type { WorldSetup } from '../../testing/world-per-database.ts';
import { createWorld } from '../../testing/world.ts';

/**
 * worldPerDatabase with room to breathe: building the world on a fresh database takes seconds
 * alone but minutes on a machine running many suites at once, and a timed-out hook says nothing
 * about data collection. Same shape as worldPerDatabase (tests read `handle` and `world`).
 */
export function collectionWorldPerDatabase(open: () => Promise<DbHandle | null>): WorldSetup {
  const setup = { handle: null, world: undefined } as unknown as WorldSetup;
  beforeAll(async () => {
    setup.handle = await open();
    if (setup.handle) setup.world = await createWorld(setup.handle.db);
  }, 600_000);
  afterAll(async () => setup.handle?.close(), 60_000);
  return setup;
}
