import type { Db } from '@knutepunkt/db';

/**
 * The outbox: e-mail the platform would send. Until an SMTP server is
 * configured people read their own here; admins see all of it.
 */
export function listOutbox(db: Db, input: { userId?: string; page: number }) {
  return db.outboxMessage.findMany({
    where: input.userId ? { userId: input.userId } : {},
    select: { id: true, toEmail: true, subject: true, body: true, kind: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: 'desc' },
    skip: (input.page - 1) * 50,
    take: 50,
  });
}
