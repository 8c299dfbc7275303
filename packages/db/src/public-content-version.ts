import type { Db } from './client.ts';

/** The public content version (migration 20261129150000, docs/adr/0011): grows with every write to a public table. */
export interface PublicContentVersion {
  /** A bigint as text: compared for equality and put into ETags, never added to. */
  version: string;
  /** When it last grew: the Last-Modified of answers made from it. */
  changedAt: Date;
}

/** The current public content version, or null when its row is missing (a database not migrated this far). */
export async function readPublicContentVersion(db: Db): Promise<PublicContentVersion | null> {
  const [row] = await db.$queryRaw<Array<{ version: bigint | number; changed_at: Date }>>`
    SELECT "version", "changed_at" FROM "public_content_version"`;
  return row ? { version: String(row.version), changedAt: row.changed_at } : null;
}
