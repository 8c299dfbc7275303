import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '@knutepunkt/db';
import { type ChoosableCategory, isChoosableCategory } from '@knutepunkt/domain';

/**
 * One-click unsubscribe tokens (RFC 8058, docs/adr/0017): `<userId>.<category>.<mac>`, the mac an
 * HMAC-SHA256 over both with the site's secret. Nothing is stored per token; a token cannot be made
 * without the secret, and one category's token does not unsubscribe another.
 */

const SECRET_NAME = 'unsubscribe-hmac';
/** SITE_SECRET must be at least this long (it is a key, not a password). */
export const MIN_SITE_SECRET_LENGTH = 32;

const cached = new WeakMap<Db, Promise<string>>();

/**
 * The key for the tokens: SITE_SECRET when the site sets one, else a random one the first start
 * writes to the database (every instance on that database then shares it, and restarts keep it).
 */
export function siteSecret(db: Db, configured?: string | null): Promise<string> {
  if (configured) {
    if (configured.length < MIN_SITE_SECRET_LENGTH)
      throw new Error(`SITE_SECRET must be at least ${MIN_SITE_SECRET_LENGTH} characters`);
    return Promise.resolve(configured);
  }
  let secret = cached.get(db);
  if (!secret) {
    secret = storedSecret(db);
    cached.set(db, secret);
    // A failure (database down at start) is not kept: the next call tries again.
    secret.catch(() => cached.delete(db));
  }
  return secret;
}

async function storedSecret(db: Db): Promise<string> {
  // Two instances starting together: one insert wins, both read the winner.
  await db.siteSecret.createMany({
    data: [{ name: SECRET_NAME, value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  const row = await db.siteSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } });
  return row.value;
}

function mac(secret: string, userId: string, category: string): Buffer {
  return createHmac('sha256', secret).update(`knutepunkt-unsubscribe\n${userId}\n${category}`).digest();
}

export function unsubscribeToken(secret: string, userId: string, category: ChoosableCategory): string {
  return `${userId}.${category}.${mac(secret, userId, category).toString('base64url')}`;
}

/** The person and category a token stands for, or null for anything not made with the secret. */
export function verifyUnsubscribeToken(
  secret: string,
  token: unknown,
): { userId: string; category: ChoosableCategory } | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userId, category, given] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(userId) || !isChoosableCategory(category)) return null;
  // Compared as text: decoding would let a changed last character (its unused bits) pass.
  const expected = Buffer.from(mac(secret, userId, category).toString('base64url'));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, category };
}
