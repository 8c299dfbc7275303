import { type DbHandle, type PublicContentVersion, publicContentVersionReader } from '@knutepunkt/db';

export type { PublicContentVersion };

/** The public content version as requests see it (docs/adr/0011). */
export interface ContentVersion {
  /**
   * The version from a database read that began after this call: a request
   * that starts after a write committed, on any instance, sees it. Null when the
   * database has no version row (then nothing is cached).
   */
  current(): Promise<PublicContentVersion | null>;
}

/**
 * Reads coalesced so that database work stays bounded under load, yet never
 * stale: at most one read is in flight. A caller arriving while one is in
 * flight waits for the next read, which starts when that one ends, and every
 * caller arriving meanwhile shares that next read. Joining the read in flight
 * would be wrong: it may have started before a write this caller already saw
 * commit (say, its own previous request). So a burst of any size costs at most
 * two reads per database round trip.
 */
export function coalescedReads<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;

  const launch = (): Promise<T> => {
    const p: Promise<T> = read().finally(() => {
      if (running === p) running = null;
    });
    running = p;
    return p;
  };

  return () => {
    // Not started yet, so it begins after this caller arrived: share it.
    if (queued) return queued;
    if (!running) return launch();
    const next = running.then(
      () => undefined,
      () => undefined,
    );
    queued = next.then(() => {
      queued = null;
      return launch();
    });
    return queued;
  };
}

/** For a database handle: PGlite's is read directly, PostgreSQL's through Prisma (see publicContentVersionReader). */
export function createContentVersion(handle: Pick<DbHandle, 'db' | 'pglite' | 'pgliteChanges'>): ContentVersion {
  return { current: coalescedReads(publicContentVersionReader(handle)) };
}
