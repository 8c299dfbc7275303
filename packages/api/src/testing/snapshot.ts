import { PGlite } from '@electric-sql/pglite';
import { type DbHandle, openDb } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { type World, createWorld } from './world.ts';

/**
 * A migrated PGlite with the test world in it, dumped once, so each test can
 * start from the same state in about half a second instead of rebuilding it.
 */
export async function worldSnapshot(): Promise<{ world: World; open: () => Promise<DbHandle> }> {
  const handle = await createTestDb();
  const world = await createWorld(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  return {
    world,
    open: async () => openDb({ kind: 'pglite', pglite: await PGlite.create({ loadDataDir: dump }) }),
  };
}
