import type { Db, MembershipModel, Prisma } from '@knutepunkt/db';
import { type MembershipRole, UserError, notFound } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

const requestSelect = {
  id: true,
  role: true,
  status: true,
  note: true,
  requestedAt: true,
  decidedAt: true,
  user: { select: { id: true, name: true, email: true } },
  organisation: { select: { id: true, slug: true, name: true } },
} as const;

/** A person asks to be linked to an organisation. A rejected request may be asked again. */
export async function requestMembership(db: Db, userId: string, organisationId: string, note: string | undefined) {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!organisation) throw notFound();
  const existing = await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
  if (existing && existing.status !== 'REJECTED') throw new UserError('conflict', 'error.membership.exists');
  const data = {
    status: 'PENDING' as const,
    role: 'MEMBER' as const,
    note: note || null,
    requestedAt: new Date(),
    decidedAt: null,
    decidedById: null,
  };
  return db.membership.upsert({
    where: { userId_organisationId: { userId, organisationId } },
    create: { userId, organisationId, ...data },
    update: data,
    select: requestSelect,
  });
}

/** A person withdraws their own request, or leaves the organisation. */
export async function leaveMembership(db: Db, userId: string, membershipId: string) {
  const removed = await db.membership.deleteMany({ where: { id: membershipId, userId } });
  if (removed.count === 0) throw notFound();
}

export function listPendingForOrganisation(db: Db, organisationId: string) {
  return db.membership.findMany({
    where: { organisationId, status: 'PENDING' },
    select: requestSelect,
    orderBy: { requestedAt: 'asc' },
  });
}

/** Everyone linked to, or asking to join, the organisations of a network. */
export function listForNetwork(db: Db, networkId: string) {
  return db.membership.findMany({
    where: { organisation: { networks: { some: { networkId } } }, status: { in: ['PENDING', 'APPROVED'] } },
    select: requestSelect,
    orderBy: [{ status: 'desc' }, { requestedAt: 'asc' }],
  });
}

/**
 * Approve (as member or editor) or reject a request. Who may is decided before
 * (membershipDecisionProcedure, with membershipDecisionAccess).
 */
export async function decideMembership(
  db: Db,
  actorId: string,
  membership: MembershipModel,
  input: { approve: boolean; role: MembershipRole },
) {
  return updateMembershipAudited(db, actorId, membership, {
    status: input.approve ? 'APPROVED' : 'REJECTED',
    role: input.approve ? input.role : membership.role,
    decidedAt: new Date(),
    decidedById: actorId,
  });
}

/** Make an approved member an editor, or an editor a plain member (coordinators and admins decide). */
export async function setMembershipRole(db: Db, actorId: string, membership: MembershipModel, role: MembershipRole) {
  if (membership.status !== 'APPROVED') throw new UserError('conflict', 'error.conflict');
  return updateMembershipAudited(db, actorId, membership, { role });
}

/** Unlink a person from an organisation. Editors may remove plain members; editors are removed by coordinators. */
export async function removeMembership(db: Db, actorId: string, membership: MembershipModel) {
  await db.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorId,
      action: 'delete',
      entity: 'membership',
      entityId: membership.id,
      before: membership,
    });
  });
}

/** Change a membership and log the change (before and after) in the same transaction. */
function updateMembershipAudited(
  db: Db,
  actorId: string,
  membership: MembershipModel,
  data: Prisma.MembershipUncheckedUpdateInput,
) {
  return db.$transaction(async (tx) => {
    const after = await tx.membership.update({ where: { id: membership.id }, data, select: requestSelect });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'membership',
      entityId: membership.id,
      before: membership,
      after,
    });
    return after;
  });
}
