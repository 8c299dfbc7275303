import { NO_PASSWORD } from '@knutepunkt/auth';
import { type Db, Prisma } from '@knutepunkt/db';
import {
  EMAIL_LINK_TOKEN_PARAM,
  type Locale,
  type MessageKey,
  UserError,
  oidcRoutes,
  pathTo,
  urlOn,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';
import { EMAIL_LINK_MINUTES, consumeEmailLink, createEmailLink, findEmailLink } from './email-link.ts';
import type { SignInFlow } from './flow.ts';
import { type SignInProvider, identityRow, notifyLinked, pendingCompletion, providerName } from './service.ts';

/**
 * An e-mail link as the proof of an address for a provider's sign-in (docs/adr/0016): sent when
 * the provider gave no address (the person typed one, «Fullfør registreringen») or instead of the
 * password on the link page («Send meg en lenke»); following it links the sign-in and signs in.
 * The links' tokens are kept in email-link.ts.
 */

/** The kind of the messages that carry a sign-in's e-mail link: a security message, always sent. */
export const EMAIL_LINK_KIND = 'security.signInEmailLink';

function emailLinkUrl(urls: SiteUrls, token: string): string {
  return urlOn(urls.web, pathTo(oidcRoutes.emailLink, undefined, { [EMAIL_LINK_TOKEN_PARAM]: token }));
}

async function sendEmailLink(
  db: Db,
  flow: SignInFlow,
  to: Recipient,
  body: MessageKey,
  input: { providers: SignInProvider[]; urls: SiteUrls; name?: string },
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await createEmailLink(tx, flow.id, to.email, now);
    if (input.name !== undefined) await tx.signInFlow.update({ where: { id: flow.id }, data: { name: input.name } });
    await notify(tx, [to], {
      kind: EMAIL_LINK_KIND,
      subject: 'sign-in-methods.mail.emailLink.subject',
      body,
      params: {
        provider: providerName(input.providers, flow.providerId),
        email: to.email,
        link: emailLinkUrl(input.urls, token),
        minutes: String(EMAIL_LINK_MINUTES),
      },
    });
  });
}

/**
 * "Fullfør registreringen": the provider gave no address, the person gives a name and one, and
 * gets a link there. The answer is the same whether the address has an account or not: nothing
 * here looks for one (following the link does), and the message says what happens either way.
 */
export async function sendCompletionLink(
  db: Db,
  flow: SignInFlow | null,
  input: { name: string; email: string; locale: Locale; providers: SignInProvider[]; urls: SiteUrls },
  now = new Date(),
): Promise<{ ok: true }> {
  if (!flow || !pendingCompletion(flow, input.providers))
    throw new UserError('notFound', 'sign-in-methods.error.noFlow');
  const to = { id: null, email: input.email, locale: input.locale };
  await sendEmailLink(db, flow, to, 'sign-in-methods.mail.emailLink.complete', { ...input, name: input.name }, now);
  return { ok: true };
}

/** "Send meg en lenke" on the link page: the proof is the account's mailbox instead of its password. */
export async function sendLinkToAccount(
  db: Db,
  flow: SignInFlow | null,
  input: { providers: SignInProvider[]; urls: SiteUrls },
  now = new Date(),
): Promise<{ ok: true }> {
  if (!flow?.linkUserId || !flow.subject) throw new UserError('notFound', 'sign-in-methods.error.noFlow');
  const owner = await db.user.findUnique({
    where: { id: flow.linkUserId },
    select: { id: true, email: true, locale: true },
  });
  if (!owner) throw new UserError('notFound', 'sign-in-methods.error.noFlow');
  await sendEmailLink(db, flow, owner, 'sign-in-methods.mail.emailLink.link', input, now);
  return { ok: true };
}

export type EmailLinkOutcome =
  | { kind: 'signedIn'; userId: string; returnTo: string }
  | { kind: 'refused'; reason: 'link' | 'linkBrowser' | 'disabled' };

/**
 * Following an e-mail link (GET /auth/oidc/email-link, in the browser of the flow): the address
 * is proved. The account that has it gets the provider's sign-in linked (and a notification);
 * with no such account, one is made without a password. Then the person is signed in. A used,
 * expired, unknown or tampered link changes nothing; a link opened in another browser is not used up.
 */
export async function finishWithEmailLink(
  db: Db,
  flow: SignInFlow | null,
  token: unknown,
  input: { locale: Locale; providers: SignInProvider[]; urls: SiteUrls },
  now = new Date(),
): Promise<EmailLinkOutcome> {
  const link = await findEmailLink(db, token, now);
  if (!link) return { kind: 'refused', reason: 'link' };
  if (!flow || link.flowId !== flow.id || !flow.issuer || !flow.subject)
    return { kind: 'refused', reason: 'linkBrowser' };
  const { issuer, subject } = flow;
  const email = link.email.toLowerCase();
  try {
    return await db.$transaction(async (tx): Promise<EmailLinkOutcome> => {
      if (!(await consumeEmailLink(tx, link.id, flow.id, now))) return { kind: 'refused', reason: 'link' };
      const owner = flow.linkUserId
        ? await tx.user.findUnique({ where: { id: flow.linkUserId } })
        : await tx.user.findUnique({ where: { email } });
      // The account's address changed since the link was sent: the link proves nothing about it now.
      if (owner && owner.email !== email) return { kind: 'refused', reason: 'link' };
      if (owner?.disabledAt) {
        await tx.signInFlow.deleteMany({ where: { id: flow.id } });
        return { kind: 'refused', reason: 'disabled' };
      }
      const user =
        owner ??
        (await tx.user.create({
          data: { email, name: flow.name?.trim() || email, locale: input.locale, passwordHash: NO_PASSWORD },
        }));
      await tx.externalIdentity.create({
        data: {
          ...identityRow({ providerId: flow.providerId, issuer, subject }, email),
          userId: user.id,
          lastUsedAt: now,
        },
      });
      await tx.signInFlow.deleteMany({ where: { id: flow.id } });
      if (owner) await notifyLinked(tx, owner, flow.providerId, input);
      return { kind: 'signedIn', userId: user.id, returnTo: flow.returnTo };
    });
  } catch (error) {
    // The address was taken, or this subject linked, a moment ago: nothing changed; start again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      return { kind: 'refused', reason: 'link' };
    throw error;
  }
}
