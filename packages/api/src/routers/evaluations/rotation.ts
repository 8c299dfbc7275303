import type { Db } from '@knutepunkt/db';
import { type RawDataKeyring, openRaw, sealRaw } from './cipher.ts';

/**
 * The sealed columns of the evaluations (docs/adr/0025). Table and column names are constants
 * here, never input, so the raw SQL below is built from nothing a user gave.
 */
const SEALED_COLUMNS = [
  { name: 'notes', table: 'EvaluationNote', column: 'body' },
  { name: 'answers', table: 'EvaluationAnswer', column: 'text' },
  { name: 'quotes', table: 'EvaluationQuote', column: 'text' },
] as const;

export type RotationCounts = Record<(typeof SEALED_COLUMNS)[number]['name'], number> & {
  /** Values sealed under a key the keyring lacks (or damaged): left as they were, and the command says so. */
  unreadable: number;
};

/**
 * Re-seal every sealed value that is not under the keyring's current key (after a rotation:
 * the new key set, the old one among the previous keys). In batches of `batchSize`, each in a
 * transaction of its own, so a large site is not locked for long and a stopped run resumes
 * where it was (what is done is under the new key and is not read again).
 *
 * Each value is replaced only if it is still what was read (`WHERE … = old`): a note saved in
 * between was sealed under the current key by the server already and is left alone. The raw
 * SQL leaves `updatedAt` as it was: a re-seal is not an edit. Returns counts only; the command
 * prints them and never a value.
 */
export async function resealRawData(
  db: Db,
  keyring: RawDataKeyring,
  opts: { batchSize?: number } = {},
): Promise<RotationCounts> {
  const batchSize = opts.batchSize ?? 200;
  const counts: RotationCounts = { notes: 0, answers: 0, quotes: 0, unreadable: 0 };
  const current = `v1.${keyring.current.id}.%`;
  for (const { name, table, column } of SEALED_COLUMNS) {
    let after = '';
    for (;;) {
      const rows = await db.$queryRawUnsafe<Array<{ id: string; value: string }>>(
        `SELECT "id", "${column}" AS "value" FROM "${table}"
         WHERE "${column}" IS NOT NULL AND "${column}" NOT LIKE $1 AND "id" > $2
         ORDER BY "id" LIMIT $3`,
        current,
        after,
        batchSize,
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      const resealed: Array<{ id: string; old: string; value: string }> = [];
      for (const row of rows) {
        try {
          resealed.push({ id: row.id, old: row.value, value: sealRaw(keyring, openRaw(keyring, row.value)) });
        } catch {
          counts.unreadable += 1;
        }
      }
      await db.$transaction(async (tx) => {
        for (const row of resealed) {
          counts[name] += await tx.$executeRawUnsafe(
            `UPDATE "${table}" SET "${column}" = $1 WHERE "id" = $2 AND "${column}" = $3`,
            row.value,
            row.id,
            row.old,
          );
        }
      });
    }
  }
  return counts;
}
