import { NO_PASSWORD, checkCredentials, hasPassword } from '@knutepunkt/auth';
import { type Db, Prisma } from '@knutepunkt/db';
import { type Locale, UserError, shellPaths, urlOn } from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { type Recipient, notify } from '../outbox/service.ts';
import { type SignInFlow, endSignInFlow, holdForLink } from './flow.ts';

/** A configured provider as the pages show it. */
export interface SignInProvider {
  id: string;
  name: string;
}

/**
 * What a provider told us about the person, after the library validated the ID token. Only
 * issuer and subject identify them; a national identity number (`pid`) never comes this far.
 */
export interface ProviderIdentity {
  providerId: string;
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  locale: Locale;
}

export type IdentityOutcome =
  { kind: 'signedIn'; userId: string } | { kind: 'disabled' } | { kind: 'link' } | { kind: 'complete' };

/**
 * The linking rule (docs/adr/0016): a known issuer and subject sign in; an e-mail address that
 * belongs to an account is never linked silently (the flow waits for that account's password);
 * otherwise a new account is made, without a password.
 */
export async function signInWithIdentity(
  db: Db,
  flow: SignInFlow,
  identity: ProviderIdentity,
  now = new Date(),
): Promise<IdentityOutcome> {
  const known = await db.externalIdentity.findUnique({
    where: { issuer_subject: { issuer: identity.issuer, subject: identity.subject } },
    select: { id: true, userId: true, user: { select: { disabledAt: true } } },
  });
  if (known) {
    await endSignInFlow(db, flow);
    if (known.user.disabledAt) return { kind: 'disabled' };
    await db.externalIdentity.update({ where: { id: known.id }, data: { lastUsedAt: now } });
    return { kind: 'signedIn', userId: known.userId };
  }
  const email = identity.email?.trim().toLowerCase() || null;
  const pending = { issuer: identity.issuer, subject: identity.subject, email, name: identity.name };
  const owner = email ? await db.user.findUnique({ where: { email }, select: { id: true } }) : null;
  if (owner) {
    await holdForLink(db, flow, { ...pending, linkUserId: owner.id }, now);
    return { kind: 'link' };
  }
  if (!email) {
    // No address from the provider (ID-porten gives none): the person gives one, and proves it by an e-mail link.
    await holdForLink(db, flow, { ...pending, linkUserId: null }, now);
    return { kind: 'complete' };
  }
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, name: identity.name?.trim() || email, locale: identity.locale, passwordHash: NO_PASSWORD },
        select: { id: true },
      });
      await tx.externalIdentity.create({
        data: { ...identityRow(identity, email), userId: created.id, lastUsedAt: now },
      });
      return created;
    });
    await endSignInFlow(db, flow);
    return { kind: 'signedIn', userId: user.id };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    // The address was taken (or this subject linked) a moment ago: start over, which finds it.
    return signInWithIdentity(db, flow, identity, now);
  }
}

export function identityRow(identity: { providerId: string; issuer: string; subject: string }, email: string | null) {
  return { providerId: identity.providerId, issuer: identity.issuer, subject: identity.subject, emailAtLink: email };
}

/** What the "Koble til eksisterende konto" page shows, or null when no link is waiting. */
export function pendingLink(flow: SignInFlow | null, providers: SignInProvider[]) {
  if (!flow?.linkUserId || !flow.subject) return null;
  return { provider: providerName(providers, flow.providerId), email: flow.email ?? '' };
}

/** What the "Fullfør registreringen" page shows, or null when no provider's sign-in waits for an address. */
export function pendingCompletion(flow: SignInFlow | null, providers: SignInProvider[]) {
  if (!flow?.subject || flow.linkUserId || flow.state) return null;
  return { provider: providerName(providers, flow.providerId), name: flow.name ?? '' };
}

export async function notifyLinked(
  tx: Prisma.TransactionClient,
  user: Recipient,
  providerId: string,
  input: { providers: SignInProvider[]; urls: SiteUrls },
): Promise<void> {
  await notify(tx, [user], {
    kind: 'security.signInMethodLinked',
    subject: 'sign-in-methods.mail.linked.subject',
    body: 'sign-in-methods.mail.linked.body',
    params: {
      provider: providerName(input.providers, providerId),
      email: user.email,
      link: urlOn(input.urls.web, shellPaths.web.myPage),
    },
  });
}

/** The person proved they own the account (its password, throttled like sign-in): link and sign in. */
export async function confirmLink(
  db: Db,
  flow: SignInFlow | null,
  input: { password: string; address: string; providers: SignInProvider[]; urls: SiteUrls },
  now = new Date(),
): Promise<{ userId: string }> {
  if (!flow?.linkUserId || !flow.issuer || !flow.subject)
    throw new UserError('notFound', 'sign-in-methods.error.noFlow');
  const owner = await db.user.findUnique({ where: { id: flow.linkUserId }, select: { email: true } });
  if (!owner) throw new UserError('notFound', 'sign-in-methods.error.noFlow');
  const result = await checkCredentials(db, { email: owner.email, password: input.password, address: input.address });
  if (!result.ok && result.reason === 'throttled')
    throw new UserError('tooManyRequests', 'error.tooManyRequests', { params: { minutes: result.minutes } });
  if (!result.ok)
    throw new UserError('badRequest', 'sign-in-methods.error.wrongPassword', {
      fieldErrors: { password: 'sign-in-methods.error.wrongPassword' },
    });
  const { issuer, subject } = flow;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: result.userId },
      select: { id: true, email: true, locale: true },
    });
    await tx.externalIdentity.create({
      data: {
        ...identityRow({ providerId: flow.providerId, issuer, subject }, flow.email),
        userId: user.id,
        lastUsedAt: now,
      },
    });
    await tx.signInFlow.deleteMany({ where: { id: flow.id } });
    await notifyLinked(tx, user, flow.providerId, input);
  });
  return { userId: result.userId };
}

export function providerName(providers: SignInProvider[], id: string): string {
  return providers.find((p) => p.id === id)?.name ?? id;
}

/** The account's linked sign-in methods, for Min side. */
export async function listSignInMethods(db: Db, userId: string, providers: SignInProvider[]) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      passwordHash: true,
      externalIdentities: {
        select: { id: true, providerId: true, createdAt: true, lastUsedAt: true },
        orderBy: { createdAt: 'asc' },
      },
    },
  });
  return {
    hasPassword: hasPassword(user.passwordHash),
    methods: user.externalIdentities.map((m) => ({ ...m, providerName: providerName(providers, m.providerId) })),
  };
}

/** Remove one of the person's own methods; never the last way in of an account without a password. */
export async function removeSignInMethod(db: Db, userId: string, identityId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { passwordHash: true, externalIdentities: { select: { id: true } } },
    });
    if (!user.externalIdentities.some((m) => m.id === identityId))
      throw new UserError('notFound', 'sign-in-methods.error.notFound');
    if (!hasPassword(user.passwordHash) && user.externalIdentities.length === 1)
      throw new UserError('conflict', 'sign-in-methods.error.lastMethod');
    await tx.externalIdentity.delete({ where: { id: identityId } });
  });
}
