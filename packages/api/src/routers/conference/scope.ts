import type { Db, Prisma } from '@knutepunkt/db';

type Tx = Prisma.TransactionClient | Db;

/** What the procedures load about an edition before deciding, and the services work on (docs/adr/0023). */
export const EDITION_FIELDS = {
  id: true,
  slug: true,
  title: true,
  startsOn: true,
  endsOn: true,
  owners: { select: { networkId: true } },
} as const satisfies Prisma.ConferenceEditionSelect;

type EditionRow = Prisma.ConferenceEditionGetPayload<{ select: typeof EDITION_FIELDS }>;

export type EditionInScope = Omit<EditionRow, 'owners'> & { ownerNetworkIds: string[] };

function inScope(row: EditionRow | null): EditionInScope | null {
  if (!row) return null;
  const { owners, ...edition } = row;
  return { ...edition, ownerNetworkIds: owners.map((o) => o.networkId) };
}

export async function loadEdition(db: Tx, editionId: string): Promise<EditionInScope | null> {
  return inScope(await db.conferenceEdition.findUnique({ where: { id: editionId }, select: EDITION_FIELDS }));
}

export async function loadEditionBySlug(db: Tx, slug: string): Promise<EditionInScope | null> {
  return inScope(await db.conferenceEdition.findUnique({ where: { slug }, select: EDITION_FIELDS }));
}

/**
 * Load a thing that belongs to an edition (a room, session, speaker, release) with its
 * edition in scope: the builders decide on the edition, so an id from another edition the
 * actor cannot edit is a 404 like any other.
 */
export async function loadWithEdition<T extends { editionId: string }>(
  db: Tx,
  find: () => Promise<T | null>,
): Promise<{ item: T; edition: EditionInScope } | null> {
  const item = await find();
  if (!item) return null;
  const edition = await loadEdition(db, item.editionId);
  return edition && { item, edition };
}
