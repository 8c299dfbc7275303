import type { AuditAction } from '@knutepunkt/domain';

/** One row of an audit entry's change table. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Bookkeeping that changes with every write and says nothing to a reader:
 * ids and timestamps the database sets itself.
 */
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'passwordHash']);

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // null and a missing value both mean "not given".
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields an audit entry is about:
 * - an update: the fields whose values differ. Only fields recorded on both
 *   sides are compared, because some changes record the row before and a
 *   richer selection after (a membership's `userId` before, its `user` after):
 *   such a field was not changed, only recorded differently.
 * - a creation: what was created; a deletion: what was deleted.
 * - a read: nothing.
 */
export function auditChanges(action: AuditAction | string, before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (action === 'update' && b && a) {
    return Object.keys(a)
      .filter((field) => !HIDDEN_FIELDS.has(field) && field in b && !same(b[field], a[field]))
      .map((field) => ({ field, before: b[field], after: a[field] }));
  }
  const only = a ?? b;
  if (!only) return [];
  return Object.keys(only)
    .filter(
      (field) => !HIDDEN_FIELDS.has(field) && only[field] !== null && only[field] !== undefined && only[field] !== '',
    )
    .map((field) => ({ field, before: a ? undefined : only[field], after: a ? only[field] : undefined }));
}

/** A name for what the entry is about, from what it recorded: "Trondheim kommune", "Mona Medlem – Mental Helse". */
export function auditSubject(before: unknown, after: unknown): string | null {
  for (const record of [asRecord(after), asRecord(before)]) {
    if (!record) continue;
    if (typeof record.name === 'string') return record.name;
    const user = asRecord(record.user);
    const organisation = asRecord(record.organisation);
    const parts = [user?.name, organisation?.name ?? record.organisation].filter(
      (p): p is string => typeof p === 'string',
    );
    if (parts.length > 0) return parts.join(' – ');
  }
  return null;
}
