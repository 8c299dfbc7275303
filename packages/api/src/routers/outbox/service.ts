import type { Db, Prisma } from '@knutepunkt/db';
import { type MessageKey, UserError, notFound, translate } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { MAIL_SEND, currentOutboxQueue } from './delivery.ts';

type Tx = Prisma.TransactionClient | Db;

const OUTBOX_FIELDS = {
  id: true,
  toEmail: true,
  subject: true,
  body: true,
  kind: true,
  createdAt: true,
  sentAt: true,
  status: true,
  attempts: true,
  lastError: true,
  lastAttemptAt: true,
} as const;

/**
 * The outbox: every e-mail the platform sends, with its delivery state
 * (docs/adr/0014). People read their own here (account.notifications).
 */
export function listOutbox(db: Db, input: { userId?: string; page: number }) {
  return db.outboxMessage.findMany({
    where: input.userId ? { userId: input.userId } : {},
    select: OUTBOX_FIELDS,
    orderBy: { createdAt: 'desc' },
    skip: (input.page - 1) * 50,
    take: 50,
  });
}

/** Kinds whose text holds a link only the recipient may use (a password reset, a sign-in method linked). */
export function isSecretKind(kind: string): boolean {
  return kind.startsWith('security.');
}

/**
 * The outbox in the admin app: coordinators see their own messages, admins everyone's, but
 * the text of someone else's security message (`security.*`) is left out (`body: null`,
 * `bodyHidden: true`): its link is the recipient's alone, so it never reaches the browser.
 */
export async function listOutboxForStaff(db: Db, viewer: { id: string; isAdmin: boolean }, page: number) {
  const rows = await db.outboxMessage.findMany({
    where: viewer.isAdmin ? {} : { userId: viewer.id },
    select: { ...OUTBOX_FIELDS, userId: true },
    orderBy: { createdAt: 'desc' },
    skip: (page - 1) * 50,
    take: 50,
  });
  return rows.map(({ userId, body, ...row }) => {
    const bodyHidden = isSecretKind(row.kind) && userId !== viewer.id;
    return { ...row, body: bodyHidden ? null : body, bodyHidden };
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
  /** What to attach when it is sent (routers/outbox/attachments.ts), e.g. `meeting-ics:<id>`. */
  attachment?: string;
}

/**
 * Notifications go to the outbox table, each in the recipient's own interface
 * language. When an SMTP server is configured, a `mail.send` job per row is
 * queued in the same transaction (so it exists exactly when the row does);
 * without one the rows say so and are read in the outbox.
 */
export async function notify(db: Tx, recipients: Recipient[], message: Notification): Promise<void> {
  if (recipients.length === 0) return;
  const queue = currentOutboxQueue();
  const rows = await db.outboxMessage.createManyAndReturn({
    data: recipients.map((r) => ({
      userId: r.id,
      toEmail: r.email,
      kind: message.kind,
      locale: r.locale,
      status: queue ? ('waiting' as const) : ('no_smtp' as const),
      subject: translate(r.locale, message.subject, message.params),
      body: translate(r.locale, message.body, message.params),
      attachment: message.attachment ?? null,
    })),
    select: { id: true },
  });
  if (!queue) return;
  for (const row of rows) await queue.send(MAIL_SEND, { id: row.id }, { singletonKey: row.id, tx: db });
}

/**
 * An admin sends a failed message again: waiting, tries counted afresh,
 * audited. Its job is queued now; without SMTP the sweeper queues it once
 * a server is configured.
 */
export async function resendOutboxMessage(db: Db, actorId: string, id: string): Promise<void> {
  const queue = currentOutboxQueue();
  await db.$transaction(async (tx) => {
    const before = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, attempts: true } });
    if (!before) throw notFound();
    const changed = await tx.outboxMessage.updateMany({
      where: { id, status: 'failed' },
      data: { status: 'waiting', attempts: 0, lastError: null },
    });
    if (changed.count === 0) throw new UserError('conflict', 'outbox.admin.resend.notFailed');
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'outboxMessage',
      entityId: id,
      before,
      after: { status: 'waiting', attempts: 0 },
    });
    if (queue) await queue.send(MAIL_SEND, { id }, { singletonKey: id, tx });
  });
}
