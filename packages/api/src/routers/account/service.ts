import type { Db } from '@knutepunkt/db';
import { hashPassword, invalidateUserSessions, verifyPassword } from '@knutepunkt/auth';
import { type Locale, type RegisterInput, UserError, fieldError } from '@knutepunkt/domain';

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

export async function registerUser(db: Db, input: RegisterInput): Promise<{ id: string }> {
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw fieldError('email', 'error.email.taken');
  const passwordHash = await hashPassword(input.password);
  return db.user.create({
    data: { name: input.name, email: input.email, locale: input.locale, passwordHash },
    select: { id: true },
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
