import type { Db } from '@knutepunkt/db';
import {
  allowResetRequest,
  consumeResetToken,
  createResetToken,
  createSession,
  hashPassword,
  isResetTokenUsable,
} from '@knutepunkt/auth';
import {
  type MessageKey,
  RESET_TOKEN_PARAM,
  UserError,
  notFound,
  pathTo,
  passwordResetPaths,
  urlOn,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';

/**
 * Password reset (docs/adr/0015). Asking answers the same whether the address has an
 * account or not, and takes about the same time; using a link sets the password, ends every
 * session of the account and starts a new one on this device.
 */

/** Security messages always come, whatever a person's notification choices. */
export const RESET_KIND = 'security.passwordReset';

/** Every request takes at least this long, so the time does not tell a known address from an unknown one. */
export const REQUEST_FLOOR_MS = 250;

/** Not tied to a field: the page shows it as one alert, with a link to ask for a new link. */
const invalidToken = () => new UserError('badRequest', 'password-reset.error.invalidToken');

function resetLink(urls: SiteUrls, token: string): string {
  return urlOn(urls.web, pathTo(passwordResetPaths.web.reset, undefined, { [RESET_TOKEN_PARAM]: token }));
}

async function sendLink(
  db: Db,
  user: { id: string; email: string; locale: 'nb' | 'nn' | 'en' },
  requestedBy: string | null,
  urls: SiteUrls,
  body: MessageKey,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { token, id } = await createResetToken(tx, user.id, requestedBy);
    // An admin's link is audited with the change, in the same transaction.
    if (requestedBy) {
      await recordAudit(tx, {
        actorId: requestedBy,
        action: 'create',
        entity: 'passwordReset',
        entityId: id,
        after: { userId: user.id },
      });
    }
    await notify(tx, [user], {
      kind: RESET_KIND,
      subject: 'password-reset.mail.subject',
      body,
      params: { email: user.email, link: resetLink(urls, token) },
    });
  });
}

/**
 * Someone asks for a link. Always `{ ok: true }`: for an unknown, disabled or throttled
 * address nothing is sent, and nothing in the answer or its timing says so.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; address: string },
  urls: SiteUrls,
): Promise<{ ok: true }> {
  const floor = new Promise((resolve) => setTimeout(resolve, REQUEST_FLOOR_MS));
  const work = async () => {
    if (!(await allowResetRequest(db, input))) return;
    const user = await db.user.findUnique({
      where: { email: input.email.toLowerCase() },
      select: { id: true, email: true, locale: true, disabledAt: true },
    });
    if (!user || user.disabledAt) return;
    await sendLink(db, user, null, urls, 'password-reset.mail.body');
  };
  await Promise.all([work(), floor]);
  return { ok: true };
}

/** Whether a link still works, so the page can say so before the person types a new password. */
export async function checkResetToken(db: Db, token: string): Promise<{ usable: boolean }> {
  return { usable: await isResetTokenUsable(db, token) };
}

/**
 * Use a link: in one transaction the token is marked used (a conditional update: of two
 * simultaneous uses exactly one wins), the password set, the person's other links and every
 * session of the account ended. Then a new session is started on this device. A used,
 * expired, unknown or tampered token, or a disabled account, changes nothing.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  app: 'web' | 'admin',
): Promise<{ userId: string; token: string; expiresAt: Date }> {
  // The slow hash first, outside the transaction.
  const passwordHash = await hashPassword(input.password);
  const userId = await db.$transaction(async (tx) => {
    const id = await consumeResetToken(tx, input.token);
    if (!id) throw invalidToken();
    const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true } });
    if (user.disabledAt) throw invalidToken();
    await tx.user.update({ where: { id }, data: { passwordHash } });
    await tx.passwordResetToken.deleteMany({ where: { userId: id, usedAt: null } });
    await tx.session.deleteMany({ where: { userId: id } });
    return id;
  });
  const session = await createSession(db, userId, app);
  return { userId, ...session };
}

/** An admin sends a person a link from the admin app; audited. */
export async function sendResetLinkAsAdmin(
  db: Db,
  actorId: string,
  userId: string,
  urls: SiteUrls,
): Promise<{ email: string }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, locale: true, disabledAt: true },
  });
  if (!user) throw notFound();
  if (user.disabledAt) throw new UserError('conflict', 'password-reset.error.disabled');
  await sendLink(db, user, actorId, urls, 'password-reset.mail.byAdmin.body');
  return { email: user.email };
}
