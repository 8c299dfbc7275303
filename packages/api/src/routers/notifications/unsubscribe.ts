import type { Db } from '@knutepunkt/db';
import type { ChoosableCategory, Locale } from '@knutepunkt/domain';
import { setChoice } from './service.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

export interface UnsubscribeTarget {
  userId: string;
  category: ChoosableCategory;
  /** The person's interface language, for the page. */
  locale: Locale;
}

/** Who and what a token switches off, or null for a token not made with the secret or for a deleted account. */
export async function readUnsubscribeToken(db: Db, secret: string, token: unknown): Promise<UnsubscribeTarget | null> {
  const verified = verifyUnsubscribeToken(secret, token);
  if (!verified) return null;
  const user = await db.user.findUnique({ where: { id: verified.userId }, select: { locale: true } });
  return user ? { ...verified, locale: user.locale } : null;
}

/** The one-click unsubscribe: the token's category is switched off for its person. Null (nothing changed) for a bad token. */
export async function unsubscribeWithToken(db: Db, secret: string, token: unknown): Promise<UnsubscribeTarget | null> {
  const target = await readUnsubscribeToken(db, secret, token);
  if (target) await setChoice(db, target.userId, target.category, 'off');
  return target;
}
