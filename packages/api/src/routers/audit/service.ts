import type { Db, Prisma } from '@knutepunkt/db';
import type { AuditEntity } from '@knutepunkt/domain';

const PAGE_SIZE = 50;

export async function listAudit(
  db: Db,
  input: { entity?: AuditEntity | undefined; actorId?: string | undefined; page: number },
) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(input.entity ? { entity: input.entity } : {}),
    ...(input.actorId ? { actorId: input.actorId } : {}),
  };
  const [items, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      select: {
        id: true,
        at: true,
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
        actor: { select: { id: true, name: true } },
      },
      orderBy: { at: 'desc' },
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.auditEntry.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: PAGE_SIZE };
}
