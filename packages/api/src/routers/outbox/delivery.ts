import type { Db, Prisma } from '@knutepunkt/db';
import { type Locale, LOCALES, NOTIFICATION_CHOICES_ANCHOR, shellPaths, urlOn } from '@knutepunkt/domain';
import type { JobDefinition, RetrySettings } from '@knutepunkt/jobs';
import { type Mailer, classifySmtpError, composeMail } from '@knutepunkt/mail';
import type { DeliveryPolicy } from '../notifications/policy.ts';
import { attachmentsFor } from './attachments.ts';

/**
 * E-mail delivery of the outbox (docs/adr/0014). The OutboxMessage row is the
 * source of truth; a `mail.send` job per row sends it, queued in the same
 * transaction that writes the row; a sweeper queues rows that lost theirs.
 */
export const MAIL_SEND = 'mail.send';

/** Temporary failures (SMTP 4xx, no answer) are tried 6 times in all, from 30 s apart to an hour apart. */
export const MAIL_RETRY: RetrySettings = { limit: 5, delaySeconds: 30, backoff: true, delayMaxSeconds: 3600 };
export const MAX_ATTEMPTS = MAIL_RETRY.limit + 1;
/** A try that has not finished in this time is taken to have died with its worker: the row may be claimed again. */
export const SENDING_LEASE_MS = 5 * 60_000;

/**
 * Whether, and how, a person gets a kind of notification by e-mail: the server
 * uses the people's own choices (createPreferencePolicy, docs/adr/0017); this
 * one sends everything now, with no way out (tests, the benchmark).
 */
export const SEND_EVERYTHING: DeliveryPolicy = { plan: async () => 'now', unsubscribe: async () => null };

/** Where notify() queues a row's job; set by the server when SMTP is configured (null: nothing is sent). */
export interface OutboxQueue {
  send(
    name: string,
    data: object,
    options: { singletonKey: string; tx?: Prisma.TransactionClient | Db },
  ): Promise<unknown>;
}

let outboxQueue: OutboxQueue | null = null;

/** Called once by the server at start (and with null at stop). Without it notify() writes rows marked "no SMTP". */
export function setOutboxQueue(queue: OutboxQueue | null): void {
  outboxQueue = queue;
}

export function currentOutboxQueue(): OutboxQueue | null {
  return outboxQueue;
}

export interface DeliveryDeps {
  db: Db;
  mailer: Mailer;
  from: string;
  /** The web site's address: the footer's links. */
  webUrl: string;
  policy: DeliveryPolicy;
  now?: () => Date;
}

/** The notification settings on Min side. */
export const settingsUrl = (webUrl: string) => `${urlOn(webUrl, shellPaths.web.myPage)}#${NOTIFICATION_CHOICES_ANCHOR}`;

export type DeliveryOutcome = 'sent' | 'failed' | 'digest' | 'skipped' | 'nothing to do';

/** Thrown to have pg-boss try the job again later (its retry settings). */
export class TryAgainLater extends Error {}

const asLocale = (value: string): Locale => ((LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'nb');

/**
 * Send one outbox message, once: the row is claimed with a conditional UPDATE
 * (waiting, or sending with a lapsed lease), so two workers never both send
 * it. Throws TryAgainLater on a temporary failure (the row is waiting again).
 */
export async function deliverOutboxMessage(deps: DeliveryDeps, id: string): Promise<DeliveryOutcome> {
  const { db } = deps;
  const now = deps.now?.() ?? new Date();
  const row = await db.outboxMessage.findUnique({ where: { id } });
  if (!row) return 'nothing to do';
  if (row.status === 'waiting') {
    const plan = await deps.policy.plan({ userId: row.userId, kind: row.kind });
    if (plan !== 'now') {
      const status = plan === 'digest' ? 'digest' : 'skipped';
      await db.outboxMessage.updateMany({ where: { id, status: 'waiting' }, data: { status } });
      return status;
    }
  }
  const leaseStart = new Date(now.getTime() - SENDING_LEASE_MS);
  const claimed = await db.outboxMessage.updateMany({
    where: { id, OR: [{ status: 'waiting' }, { status: 'sending', lastAttemptAt: { lt: leaseStart } }] },
    data: { status: 'sending', attempts: { increment: 1 }, lastAttemptAt: now },
  });
  if (claimed.count === 0) {
    const current = await db.outboxMessage.findUnique({ where: { id }, select: { status: true } });
    // Another worker holds it (it may have died: its lease runs out); anything else is settled.
    if (current?.status === 'sending') throw new TryAgainLater('being sent by another worker');
    return 'nothing to do';
  }
  const { attempts } = await db.outboxMessage.findUniqueOrThrow({ where: { id }, select: { attempts: true } });
  const unsubscribe = await deps.policy.unsubscribe({ userId: row.userId, kind: row.kind });
  const attachments = await attachmentsFor(db, row.attachment, deps.webUrl);
  const mail = composeMail(
    {
      id: row.id,
      to: row.toEmail,
      subject: row.subject,
      body: row.body,
      locale: asLocale(row.locale),
      siteUrl: deps.webUrl,
      settingsUrl: settingsUrl(deps.webUrl),
      unsubscribe,
      attachments,
    },
    deps.from,
    now,
  );
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    const failure = classifySmtpError(error);
    const giveUp = failure.kind === 'permanent' || attempts >= MAX_ATTEMPTS;
    await db.outboxMessage.update({
      where: { id },
      data: { status: giveUp ? 'failed' : 'waiting', lastError: failure.reply },
    });
    if (giveUp) return 'failed';
    throw new TryAgainLater(failure.reply);
  }
  await db.outboxMessage.update({
    where: { id },
    data: { status: 'sent', sentAt: deps.now?.() ?? new Date(), messageId: mail.messageId, lastError: null },
  });
  return 'sent';
}

/** The `mail.send` job: one outbox row by id, in an exclusive queue keyed by that id. */
export function mailSendJob(deps: DeliveryDeps): JobDefinition<{ id: string }> {
  return {
    name: MAIL_SEND,
    policy: 'exclusive',
    retry: MAIL_RETRY,
    expireInSeconds: 120,
    batchSize: 4,
    concurrency: 2,
    handler: async ({ id }) => void (await deliverOutboxMessage(deps, id)),
  };
}

/**
 * Queue a job for every row that should have one: waiting ones (written while
 * no job could be queued, or whose job ran out of retries on a busy row) and
 * sending ones whose worker died. The exclusive queue keeps one per row.
 */
export async function sweepOutbox(db: Db, queue: OutboxQueue, now = new Date()): Promise<number> {
  const rows = await db.outboxMessage.findMany({
    where: {
      OR: [
        { status: 'waiting' },
        { status: 'sending', lastAttemptAt: { lt: new Date(now.getTime() - SENDING_LEASE_MS) } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 1000,
  });
  for (const row of rows) await queue.send(MAIL_SEND, { id: row.id }, { singletonKey: row.id });
  return rows.length;
}
