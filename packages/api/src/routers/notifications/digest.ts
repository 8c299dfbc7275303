import type { Db } from '@knutepunkt/db';
import {
  CHOOSABLE_CATEGORIES,
  type ChoosableCategory,
  type Locale,
  categoryOfKind,
  isChoosableCategory,
  INTL_LOCALES,
  NOTIFICATION_CHOICES_ANCHOR,
  shellPaths,
  translate,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';

/** How far back the first digest of a person looks (later ones: since the last digest). */
const FIRST_DIGEST_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface Digest {
  userId: string;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  /** The outbox messages it gathers, for markDigested. */
  outboxMessageIds: string[];
}

/** When this person last got a digest, or null. */
export async function lastDigestAt(db: Db, userId: string): Promise<Date | null> {
  const last = await db.digestItem.findFirst({
    where: { userId },
    orderBy: { digestedAt: 'desc' },
    select: { digestedAt: true },
  });
  return last?.digestedAt ?? null;
}

/**
 * The person's daily digest: their outbox messages created since `since` (default: their last
 * digest, or a day back) in the categories they chose `digest` for, not yet in a digest and not
 * sent on their own (`sentAt` unset), as one message in their language. Null when there is none.
 */
export async function buildDigest(
  db: Db,
  userId: string,
  since: Date | null,
  urls: SiteUrls,
  now: Date = new Date(),
): Promise<Digest | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const digestCategories = (
    await db.notificationChoice.findMany({ where: { userId, choice: 'digest' }, select: { category: true } })
  )
    .map((c) => c.category)
    .filter(isChoosableCategory);
  if (digestCategories.length === 0) return null;
  const from = since ?? (await lastDigestAt(db, userId)) ?? new Date(now.getTime() - FIRST_DIGEST_WINDOW_MS);
  const candidates = await db.outboxMessage.findMany({
    where: { userId, sentAt: null, createdAt: { gte: from, lte: now } },
    select: { id: true, kind: true, subject: true, body: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  const inCategories = candidates.filter((m) => {
    const category = categoryOfKind(m.kind);
    return isChoosableCategory(category) && digestCategories.includes(category);
  });
  const done = new Set(
    (
      await db.digestItem.findMany({
        where: { outboxMessageId: { in: inCategories.map((m) => m.id) } },
        select: { outboxMessageId: true },
      })
    ).map((d) => d.outboxMessageId),
  );
  const messages = inCategories.filter((m) => !done.has(m.id));
  if (messages.length === 0) return null;

  const locale = user.locale;
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  });
  const sections: string[] = [];
  for (const category of CHOOSABLE_CATEGORIES) {
    const ofCategory = messages.filter((m) => categoryOfKind(m.kind) === (category as ChoosableCategory));
    if (ofCategory.length === 0) continue;
    const heading = translate(locale, `notifications.category.${category}`);
    const items = ofCategory.map((m) => `* ${m.subject} (${time.format(m.createdAt)})\n\n${indent(m.body)}`);
    sections.push(`${heading}\n${'='.repeat(heading.length)}\n\n${items.join('\n\n')}`);
  }
  const myPage = `${urls.web.replace(/\/+$/, '')}${shellPaths.web.myPage}#${NOTIFICATION_CHOICES_ANCHOR}`;
  const subject =
    messages.length === 1
      ? translate(locale, 'notifications.digest.subjectOne')
      : translate(locale, 'notifications.digest.subject', { count: String(messages.length) });
  const text = [
    translate(locale, 'notifications.digest.intro', { name: user.name }),
    ...sections,
    '--',
    translate(locale, 'notifications.digest.footer', { url: myPage }),
  ].join('\n\n');
  return { userId, to: user.email, locale, subject, text, outboxMessageIds: messages.map((m) => m.id) };
}

function indent(body: string): string {
  return body
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

/** Record that these outbox messages went out in a digest (kept in DigestItem, by id only). */
export async function markDigested(db: Db, digest: Pick<Digest, 'userId' | 'outboxMessageIds'>, at = new Date()) {
  await db.digestItem.createMany({
    data: digest.outboxMessageIds.map((outboxMessageId) => ({
      outboxMessageId,
      userId: digest.userId,
      digestedAt: at,
    })),
    skipDuplicates: true,
  });
}

/**
 * The daily job: one digest to each person who chose `digest` for some category and has messages
 * waiting. Each is marked as included only after `send` succeeded, so a failed send is tried again
 * the next time (at least once, never lost). Returns how many digests were sent.
 */
export async function sendDailyDigests(
  db: Db,
  send: (to: string, subject: string, text: string) => Promise<void>,
  urls: SiteUrls,
  now: Date = new Date(),
): Promise<number> {
  const people = await db.notificationChoice.findMany({
    where: { choice: 'digest', user: { disabledAt: null } },
    select: { userId: true },
    distinct: ['userId'],
  });
  let sent = 0;
  for (const { userId } of people) {
    const digest = await buildDigest(db, userId, null, urls, now);
    if (!digest) continue;
    await send(digest.to, digest.subject, digest.text);
    await markDigested(db, digest, now);
    sent += 1;
  }
  return sent;
}
