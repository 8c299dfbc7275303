import type { Db, Prisma } from '@knutepunkt/db';
import {
  type StarEntry,
  effectiveStarAt,
  mergeStars,
  notFound,
  starredGuids,
  type SyncStarsInput,
} from '@knutepunkt/domain';
import { latestPublished } from './snapshot.ts';

type Tx = Prisma.TransactionClient;

/**
 * A person's stars (docs/adr/0024): one row per starred session (ConferenceStar, its
 * createdAt the time it was starred) and one per unstar (ConferenceStarRemoval, a tombstone
 * with its time), so entries from a device that was offline merge by time (mergeStars) and an
 * unstar made on one device is not undone by another that still holds the old star.
 * Only sessions of the edition's newest published release can be starred.
 */

export interface MyStars {
  /** Starred sessions of the current release, by GUID. */
  guids: string[];
  /** Every entry of the current release's sessions, unstars included, for the browser to keep. */
  entries: StarEntry[];
}

/** The current release's sessions of the edition (GUID → session id); 404 when nothing is published. */
async function releaseSessions(db: Db | Tx, slug: string): Promise<Map<string, string>> {
  const published = await latestPublished(db, slug);
  if (!published) throw notFound();
  const guids = published.snapshot.sessions.map((s) => s.guid);
  const rows = await db.conferenceSession.findMany({
    where: { guid: { in: guids }, edition: { slug } },
    select: { id: true, guid: true },
  });
  return new Map(rows.map((r) => [r.guid, r.id]));
}

async function accountEntries(tx: Db | Tx, userId: string, sessions: Map<string, string>): Promise<StarEntry[]> {
  const ids = [...sessions.values()];
  const [stars, removals] = await Promise.all([
    tx.conferenceStar.findMany({
      where: { userId, sessionId: { in: ids } },
      select: { createdAt: true, session: { select: { guid: true } } },
    }),
    tx.conferenceStarRemoval.findMany({
      where: { userId, sessionId: { in: ids } },
      select: { removedAt: true, session: { select: { guid: true } } },
    }),
  ]);
  // A star and a tombstone for one session should not both exist; if they do, mergeStars picks.
  return mergeStars(
    stars.map((s) => ({ guid: s.session.guid, starred: true, at: s.createdAt.getTime() })),
    removals.map((r) => ({ guid: r.session.guid, starred: false, at: r.removedAt.getTime() })),
  );
}

function answer(entries: StarEntry[]): MyStars {
  return { guids: starredGuids(entries), entries };
}

export async function myStars(db: Db, userId: string, slug: string): Promise<MyStars> {
  const sessions = await releaseSessions(db, slug);
  return answer(await accountEntries(db, userId, sessions));
}

/**
 * Apply a device's entries and answer with the merged set. Idempotent: the same entries again
 * change nothing. The person's row is locked for the merge, so two devices syncing at once are
 * applied one after the other and neither's entries are lost. Entries for sessions not in the
 * current release (a session cancelled since, a stale browser copy) are left out rather than
 * refused: a device must never be stuck unable to sync because of one old star.
 */
export async function syncStars(
  db: Db,
  userId: string,
  input: Pick<SyncStarsInput, 'slug' | 'entries'>,
  now = Date.now(),
): Promise<MyStars> {
  const sessions = await releaseSessions(db, input.slug);
  const incoming = input.entries
    .filter((e) => sessions.has(e.guid))
    .map((e) => ({ guid: e.guid, starred: e.starred, at: effectiveStarAt(e.at, now) }));
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const before = await accountEntries(tx, userId, sessions);
    const merged = mergeStars(incoming, before);
    const was = new Map(before.map((e) => [e.guid, e]));
    for (const entry of merged) {
      const old = was.get(entry.guid);
      if (old && old.starred === entry.starred && old.at === entry.at) continue;
      const sessionId = sessions.get(entry.guid)!;
      const key = { userId_sessionId: { userId, sessionId } };
      const at = new Date(entry.at);
      if (entry.starred) {
        await tx.conferenceStarRemoval.deleteMany({ where: { userId, sessionId } });
        await tx.conferenceStar.upsert({
          where: key,
          create: { userId, sessionId, createdAt: at },
          update: { createdAt: at },
        });
      } else {
        await tx.conferenceStar.deleteMany({ where: { userId, sessionId } });
        await tx.conferenceStarRemoval.upsert({
          where: key,
          create: { userId, sessionId, removedAt: at },
          update: { removedAt: at },
        });
      }
    }
    return answer(merged);
  });
}

/** Star or unstar one session now; a GUID not in the current release is a 404. */
export async function setStar(
  db: Db,
  userId: string,
  input: { slug: string; guid: string },
  starred: boolean,
  now = Date.now(),
): Promise<MyStars> {
  const sessions = await releaseSessions(db, input.slug);
  if (!sessions.has(input.guid)) throw notFound();
  return syncStars(db, userId, { slug: input.slug, entries: [{ guid: input.guid, starred, at: now }] }, now);
}
