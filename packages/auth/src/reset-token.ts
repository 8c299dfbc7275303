import type { Db, Prisma } from '@knutepunkt/db';
import { generateLinkToken, isLinkTokenShape, linkTokenHash } from './link-token.ts';

/**
 * Password reset tokens (docs/adr/0015). The link carries 32 random bytes
 * (base64url); the database keeps only their SHA-256, so a leaked table
 * cannot be used to reset anyone's password. A token works once, for
 * RESET_TOKEN_MINUTES; a newer one does not end the older ones (each still
 * expires), and using one ends the person's other unused ones.
 */
export const RESET_TOKEN_MINUTES = 30;
const MINUTE = 60_000;

type Tx = Prisma.TransactionClient | Db;

// The token itself is an e-mail link's (link-token.ts), shared with the sign-in links of docs/adr/0016.
export const generateResetToken = generateLinkToken;
export const isResetTokenShape: (token: string) => boolean = isLinkTokenShape;
export const resetTokenHash = linkTokenHash;

/** Store a new token for a person; returns the token itself (only ever sent in the message) and the row's id. */
export async function createResetToken(
  db: Tx,
  userId: string,
  requestedBy: string | null,
  now = new Date(),
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = generateResetToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_MINUTES * MINUTE);
  const row = await db.passwordResetToken.create({
    data: { userId, tokenHash: resetTokenHash(token), expiresAt, requestedBy, createdAt: now },
    select: { id: true },
  });
  return { token, id: row.id, expiresAt };
}

/**
 * Use a token: mark it used in one conditional update (unused and not expired), so of two
 * simultaneous uses exactly one succeeds. Returns the person's id, or null for a used,
 * expired, unknown or malformed token. Run it in the transaction that sets the password.
 */
export async function consumeResetToken(db: Tx, token: string, now = new Date()): Promise<string | null> {
  if (!isResetTokenShape(token)) return null;
  const tokenHash = resetTokenHash(token);
  const used = await db.passwordResetToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  const row = await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
  return row.userId;
}

/** Whether a token would be accepted now (the reset page asks before showing the form). */
export async function isResetTokenUsable(db: Tx, token: string, now = new Date()): Promise<boolean> {
  if (!isResetTokenShape(token)) return false;
  const count = await db.passwordResetToken.count({
    where: { tokenHash: resetTokenHash(token), usedAt: null, expiresAt: { gt: now } },
  });
  return count === 1;
}

/**
 * The clean-up job's work: remove tokens that can no longer be used (expired, or used).
 * Used ones are kept until they would have expired anyway, so support can still see that a
 * link was used. Returns how many rows were removed.
 */
export async function deleteExpiredResetTokens(db: Tx, now = new Date()): Promise<number> {
  const removed = await db.passwordResetToken.deleteMany({ where: { expiresAt: { lte: now } } });
  return removed.count;
}
