import type { Db, Prisma } from '@knutepunkt/db';

type Tx = Prisma.TransactionClient | Db;

/** Who is told about what happens to a practice example; the outbox (../outbox/service.ts) writes the messages. */
const person = { id: true, email: true, locale: true } as const;

/** Coordinators of the networks an organisation belongs to: they review its examples. */
export function reviewersOf(db: Tx, organisationId: string) {
  return db.user.findMany({
    where: { disabledAt: null, coordinatorOf: { some: { network: { members: { some: { organisationId } } } } } },
    select: person,
  });
}

/** The organisation's editors: they write its examples. */
export function editorsOf(db: Tx, organisationId: string) {
  return db.user.findMany({
    where: { disabledAt: null, memberships: { some: { organisationId, role: 'EDITOR', status: 'APPROVED' } } },
    select: person,
  });
}
