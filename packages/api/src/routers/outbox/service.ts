import type { Db, Prisma } from '@knutepunkt/db';
import { type MessageKey, translate } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

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

export interface Recipient {
  /** Null for an address that is not (yet) an account's: a sign-in's e-mail link (docs/adr/0016). */
  id: string | null;
  email: string;
  locale: 'nb' | 'nn' | 'en';
}

/** What a notification says: keys translated per recipient, with the same parameters for all. */
export interface Notification {
  kind: string;
  subject: MessageKey;
  body: MessageKey;
  params: Record<string, string>;
}

/**
 * Notifications go to the outbox table: a mailer sends them when an SMTP
 * server is configured; until then coordinators read them in the admin app.
 * Each is written in the recipient's own interface language.
 */
export async function notify(db: Tx, recipients: Recipient[], message: Notification): Promise<void> {
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
