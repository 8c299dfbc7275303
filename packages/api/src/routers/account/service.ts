import { type Db, Prisma } from '@knutepunkt/db';
import { hashPassword, invalidateUserSessions, verifyPassword } from '@knutepunkt/auth';
import {
  type Locale,
  type RegisterInput,
  UserError,
  fieldError,
  passwordResetPaths,
  shellPaths,
  urlOn,
} from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { notify } from '../outbox/service.ts';

/** The account's own view of itself: profile, organisation links, coordinated networks. */
export async function getAccount(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      isAdmin: true,
      memberships: {
        select: {
          id: true,
          role: true,
          status: true,
          requestedAt: true,
          organisation: { select: { id: true, slug: true, name: true } },
        },
        orderBy: { requestedAt: 'desc' },
      },
      coordinatorOf: { select: { network: { select: { id: true, slug: true, name: true } } } },
    },
  });
  const { coordinatorOf, ...rest } = user;
  return { ...rest, coordinatorOf: coordinatorOf.map((c) => c.network) };
}

/**
 * Register, answering the same whether the address is taken or not (docs/adr/0013): nobody
 * learns from here who has an account. For a taken address nothing is created and the owner
 * gets a notification instead. The password is hashed either way, so the time taken does not
 * tell the two apart either. Nobody is signed in: the person signs in next, as anyone does.
 */
export async function registerUser(db: Db, input: RegisterInput, urls: SiteUrls): Promise<{ ok: true }> {
  const passwordHash = await hashPassword(input.password);
  const owner = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!owner) {
    try {
      await db.user.create({ data: { name: input.name, email: input.email, locale: input.locale, passwordHash } });
      return { ok: true };
    } catch (error) {
      // Two registrations of one address at once: the other one won, so this one is "taken".
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
  }
  await tellOwnerOfAttempt(db, input.email, urls);
  return { ok: true };
}

async function tellOwnerOfAttempt(db: Db, email: string, urls: SiteUrls) {
  const owner = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, locale: true } });
  await notify(db, [owner], {
    kind: 'account.registerTaken',
    subject: 'account.mail.registerTaken.subject',
    body: 'account.mail.registerTaken.body',
    params: {
      email: owner.email,
      link: urlOn(urls.web, shellPaths.web.signIn),
      resetLink: urlOn(urls.web, passwordResetPaths.web.forgot),
    },
  });
}

export async function updateProfile(db: Db, userId: string, input: { name: string; email: string; locale: Locale }) {
  const other = await db.user.findFirst({ where: { email: input.email, id: { not: userId } }, select: { id: true } });
  if (other) throw fieldError('email', 'error.email.taken');
  await db.user.update({ where: { id: userId }, data: input });
}

/** Change the password and end every other session, so a stolen session dies with the old password. */
export async function changePassword(
  db: Db,
  userId: string,
  keepSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserError('badRequest', 'error.password.wrong', {
      fieldErrors: { currentPassword: 'error.password.wrong' },
    });
  }
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await invalidateUserSessions(db, userId, keepSessionId ?? undefined);
}
