import type { Db, Prisma } from '@knutepunkt/db';
import { type MessageKey, translate } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/**
 * Notifications go to the outbox table: a mailer sends them when an SMTP
 * server is configured; until then coordinators read them in the admin app.
 * Each is written in the recipient's own interface language.
 */
export async function notify(
  db: Tx,
  recipients: Array<{ id: string; email: string; locale: 'nb' | 'nn' | 'en' }>,
  message: { kind: string; subject: MessageKey; body: MessageKey; params: Record<string, string> },
): Promise<void> {
  if (recipients.length === 0) return;
  await db.outboxMessage.createMany({
    data: recipients.map((r) => ({
      userId: r.id,
      toEmail: r.email,
      kind: message.kind,
      subject: translate(r.locale, message.subject, message.params),
      body: translate(r.locale, message.body, message.params),
    })),
  });
}

const person = { id: true, email: true, locale: true } as const;

/** Coordinators of the networks an organisation belongs to: they review its examples. */
export function reviewersOf(db: Tx, organisationId: string) {
  return db.user.findMany({
    where: { disabledAt: null, coordinatorOf: { some: { network: { members: { some: { organisationId } } } } } },
    select: person,
  });
}

/** The organisation's editors: they write its examples. */
export function editorsOf(db: Tx, organisationId: string) {
  return db.user.findMany({
    where: { disabledAt: null, memberships: { some: { organisationId, role: 'EDITOR', status: 'APPROVED' } } },
    select: person,
  });
}
