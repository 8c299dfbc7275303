import type { Db, Prisma } from '@knutepunkt/db';
import type { AuditAction, AuditEntity } from '@knutepunkt/domain';

type Json = Prisma.InputJsonValue;

/**
 * Record a change (or a read of sensitive data) in the audit log. Called
 * inside the same transaction as the change where there is one, so the log
 * and the data never disagree. Password hashes never enter it.
 */
export async function recordAudit(
  db: Pick<Db, 'auditEntry'>,
  entry: {
    actorId: string | null;
    action: AuditAction;
    entity: AuditEntity;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: scrub(entry.before),
      after: scrub(entry.after),
    },
  });
}

function scrub(value: unknown): Json | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'passwordHash' ? undefined : v))) as Json;
}
