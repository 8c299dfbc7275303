import { type Db, Prisma } from '@knutepunkt/db';
import { notFound } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient;

/**
 * A waiting list under a row lock (docs/adr/0018, 0023): the machinery shared by a meeting's
 * registrations and a conference workshop's sign-ups. Every change to the list (a newcomer, a
 * cancellation, a promotion, a move, more places) runs in one transaction that first takes the
 * owner row's lock, so transactions on the same list take turns and each counts places that are
 * true; arrival order is the order the lock is granted. What to decide under the lock is the
 * domain's pure rules (`placeNewRegistration`, `promotionsFor` in domain/meetings/registration.ts).
 */

/** The rows that own a waiting list: each has an `id`, a `lastPosition` and an `updatedAt`. */
export type ListOwner = 'Meeting' | 'ConferenceSession';

// Table names cannot be query parameters: only these fixed identifiers are ever spliced in.
const TABLES: Record<ListOwner, Prisma.Sql> = {
  Meeting: Prisma.raw('"Meeting"'),
  ConferenceSession: Prisma.raw('"ConferenceSession"'),
};

/** Long enough for many people signing up at once to take their turn at the lock. */
export const REGISTRATION_TX = { maxWait: 60_000, timeout: 60_000 } as const;

/** Take the owner's row lock for the rest of the transaction; false when the row is gone. */
export async function lockRow(tx: Tx, owner: ListOwner, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM ${TABLES[owner]} WHERE "id" = ${id} FOR UPDATE`;
  return rows.length > 0;
}

/** The next arrival number on the owner's list (`lastPosition + 1`, kept); call with the lock held. */
export async function takeArrivalNumber(tx: Tx, owner: ListOwner, id: string): Promise<number> {
  // The clock's time, not a test's `now`: `updatedAt` is when the row was written, as Prisma would set it.
  const now = new Date();
  const rows = await tx.$queryRaw<{ lastPosition: number }[]>`
    UPDATE ${TABLES[owner]} SET "lastPosition" = "lastPosition" + 1, "updatedAt" = ${now}
    WHERE "id" = ${id} RETURNING "lastPosition"`;
  if (rows.length === 0) throw notFound();
  return Number(rows[0]!.lastPosition);
}

/**
 * Run `work` in one transaction holding the owner's row lock (a 404 when it is gone), with the
 * time a burst needs to queue rather than fail.
 */
export function underRowLock<T>(db: Db, owner: ListOwner, id: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, owner, id))) throw notFound();
    return work(tx);
  }, REGISTRATION_TX);
}
