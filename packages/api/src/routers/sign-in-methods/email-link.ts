import { generateLinkToken, isLinkTokenShape, linkTokenHash } from '@knutepunkt/auth';
import type { Db, Prisma } from '@knutepunkt/db';
import { UserError } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/**
 * E-mail links that prove an address for a provider's sign-in (docs/adr/0016): the token is an
 * e-mail link's (packages/auth link-token.ts, as a password reset's), the table keeps its SHA-256.
 * A link works once, for EMAIL_LINK_MINUTES, and only with the flow it was sent for: in the
 * browser that signed in at the provider, so nobody can link their provider login to another
 * person's mailbox by having a link sent there.
 */
export const EMAIL_LINK_MINUTES = 30;
/** Links one sign-in may ask for (a typo, a slow mailbox); then the person starts again. */
export const MAX_EMAIL_LINKS_PER_FLOW = 3;
const MINUTE = 60_000;

/** Store a link for a flow (which then lives as long as the link); returns the token, only ever sent in the message. */
export async function createEmailLink(tx: Tx, flowId: string, email: string, now = new Date()): Promise<string> {
  const sent = await tx.signInEmailLink.count({ where: { flowId } });
  if (sent >= MAX_EMAIL_LINKS_PER_FLOW) throw new UserError('tooManyRequests', 'sign-in-methods.error.tooManyLinks');
  const token = generateLinkToken();
  const expiresAt = new Date(now.getTime() + EMAIL_LINK_MINUTES * MINUTE);
  await tx.signInEmailLink.create({
    data: { flowId, email, tokenHash: linkTokenHash(token), expiresAt, createdAt: now },
  });
  await tx.signInFlow.update({ where: { id: flowId }, data: { expiresAt } });
  return token;
}

/** The link behind a token if it would be accepted now (unused, not expired), else null. */
export async function findEmailLink(db: Tx, token: unknown, now = new Date()) {
  if (!isLinkTokenShape(token)) return null;
  return db.signInEmailLink.findFirst({
    where: { tokenHash: linkTokenHash(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true, flowId: true, email: true },
  });
}

/**
 * Use a link: one conditional update (unused, not expired, this flow's), so of two simultaneous
 * uses exactly one succeeds. Run it in the transaction that links the sign-in.
 */
export async function consumeEmailLink(tx: Tx, linkId: string, flowId: string, now = new Date()): Promise<boolean> {
  const used = await tx.signInEmailLink.updateMany({
    where: { id: linkId, flowId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return used.count === 1;
}

/** The clean-up job's work (issue 8): remove links that can no longer be used. Returns how many were removed. */
export async function deleteExpiredSignInEmailLinks(db: Tx, now = new Date()): Promise<number> {
  const removed = await db.signInEmailLink.deleteMany({ where: { expiresAt: { lte: now } } });
  return removed.count;
}
