import { UserError, notFound } from '@knutepunkt/domain';
import type { Db, Prisma } from '@knutepunkt/db';
import { invalidateUserSessions } from '@knutepunkt/auth';
import { recordAudit } from '../../audit.ts';
import { notify } from '../outbox/service.ts';

const PAGE_SIZE = 50;

const personSelect = {
  id: true,
  name: true,
  email: true,
  locale: true,
  isAdmin: true,
  disabledAt: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

export async function listPeople(db: Db, input: { q?: string | undefined; page: number }) {
  const where: Prisma.UserWhereInput = input.q
    ? {
        OR: [
          { name: { contains: input.q, mode: 'insensitive' } },
          { email: { contains: input.q, mode: 'insensitive' } },
        ],
      }
    : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      select: personSelect,
      orderBy: { name: 'asc' },
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: PAGE_SIZE };
}

/** One person with their links. Reading it is logged: it is personal data. */
export async function getPerson(db: Db, actorId: string, userId: string) {
  const person = await db.user.findUnique({
    where: { id: userId },
    select: {
      ...personSelect,
      memberships: {
        select: { id: true, role: true, status: true, organisation: { select: { id: true, name: true } } },
      },
      coordinatorOf: { select: { network: { select: { id: true, name: true } } } },
    },
  });
  if (!person) throw notFound();
  await recordAudit(db, { actorId, action: 'read', entity: 'user', entityId: userId });
  return { ...person, coordinatorOf: person.coordinatorOf.map((c) => c.network) };
}

async function updateUser(db: Db, actorId: string, userId: string, data: Prisma.UserUpdateInput) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: personSelect });
    if (!before) throw notFound();
    const after = await tx.user.update({ where: { id: userId }, data, select: personSelect });
    await recordAudit(tx, { actorId, action: 'update', entity: 'user', entityId: userId, before, after });
    return after;
  });
}

export async function setAdmin(db: Db, actorId: string, userId: string, isAdmin: boolean) {
  if (actorId === userId && !isAdmin) throw new UserError('badRequest', 'error.selfDisable');
  return updateUser(db, actorId, userId, { isAdmin });
}

/** Disable (or enable) an account. Disabling ends its sessions at once. */
export async function setDisabled(db: Db, actorId: string, userId: string, disabled: boolean) {
  if (actorId === userId) throw new UserError('badRequest', 'error.selfDisable');
  const after = await updateUser(db, actorId, userId, { disabledAt: disabled ? new Date() : null });
  if (disabled) {
    await invalidateUserSessions(db, userId);
    // A security message: it comes whatever the person chose for e-mail (docs/adr/0017).
    const person = await db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, locale: true },
    });
    await notify(db, [person], {
      kind: 'security.accountDisabled',
      subject: 'account.mail.accountDisabled.subject',
      body: 'account.mail.accountDisabled.body',
      params: { email: person.email },
    });
  }
  return after;
}
