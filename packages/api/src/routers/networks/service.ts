import { type Actor, type NetworkCreateInput, fieldError, notFound } from '@knutepunkt/domain';
import type { Db } from '@knutepunkt/db';
import { recordAudit } from '../../audit.ts';

const memberOrganisations = {
  select: {
    organisation: { select: { id: true, slug: true, name: true, type: true, municipality: true, county: true } },
  },
  orderBy: { organisation: { name: 'asc' } },
} as const;

/** What a network says about itself, on every page that shows one. */
const networkFields = {
  id: true,
  slug: true,
  name: true,
  description: true,
  language: true,
  counties: true,
} as const;

export async function listNetworks(db: Db, onlyIds?: readonly string[]) {
  const rows = await db.network.findMany({
    where: onlyIds ? { id: { in: [...onlyIds] } } : {},
    select: {
      ...networkFields,
      _count: { select: { members: true } },
    },
    orderBy: { name: 'asc' },
  });
  return rows.map(({ _count, ...n }) => ({ ...n, memberCount: _count.members }));
}

/** A network's public page: what it is and who is in it. */
export async function getNetworkBySlug(db: Db, slug: string) {
  const row = await db.network.findUnique({
    where: { slug },
    select: {
      ...networkFields,
      members: memberOrganisations,
    },
  });
  if (!row) throw notFound();
  return { ...row, members: row.members.map((m) => m.organisation) };
}

/** A network as its coordinators manage it: members and coordinators. */
export async function getNetworkForStaff(db: Db, networkId: string) {
  const row = await db.network.findUnique({
    where: { id: networkId },
    select: {
      ...networkFields,
      members: memberOrganisations,
      coordinators: { select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!row) throw notFound();
  return { ...row, members: row.members.map((m) => m.organisation), coordinators: row.coordinators.map((c) => c.user) };
}

/** Admins see every network; a coordinator sees those they coordinate. */
export function listNetworksForStaff(db: Db, actor: Actor) {
  return listNetworks(db, actor.isAdmin ? undefined : actor.coordinatorOf);
}

export async function createNetwork(db: Db, actorId: string, input: NetworkCreateInput) {
  return db.$transaction(async (tx) => {
    if (await tx.network.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw fieldError('slug', 'error.slug.taken');
    }
    const created = await tx.network.create({ data: { ...input, description: input.description ?? null } });
    await recordAudit(tx, { actorId, action: 'create', entity: 'network', entityId: created.id, after: created });
    return created;
  });
}

export async function updateNetwork(
  db: Db,
  actorId: string,
  input: { networkId: string; name: string; description: string | null; counties: string[] },
) {
  const { networkId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.network.findUnique({ where: { id: networkId } });
    if (!before) throw notFound();
    const after = await tx.network.update({ where: { id: networkId }, data });
    await recordAudit(tx, { actorId, action: 'update', entity: 'network', entityId: networkId, before, after });
    return after;
  });
}

/** Add an organisation to a network. Adding one already there changes nothing. */
export async function addNetworkMember(db: Db, actorId: string, networkId: string, organisationId: string) {
  await db.$transaction(async (tx) => {
    const [network, organisation] = await Promise.all([
      tx.network.findUnique({ where: { id: networkId }, select: { id: true } }),
      tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true } }),
    ]);
    if (!network || !organisation) throw notFound();
    const existing = await tx.networkMember.findUnique({
      where: { networkId_organisationId: { networkId, organisationId } },
    });
    if (existing) return;
    await tx.networkMember.create({ data: { networkId, organisationId } });
    await auditNetworkLink(tx, actorId, 'create', 'networkMember', organisationId, {
      networkId,
      organisationId,
      organisation: organisation.name,
    });
  });
}

/** Remove an organisation from a network. Removing one not there changes nothing. */
export async function removeNetworkMember(db: Db, actorId: string, networkId: string, organisationId: string) {
  await db.$transaction(async (tx) => {
    if ((await tx.organisation.count({ where: { id: organisationId } })) === 0) throw notFound();
    const removed = await tx.networkMember.deleteMany({ where: { networkId, organisationId } });
    if (removed.count === 0) return;
    await auditNetworkLink(tx, actorId, 'delete', 'networkMember', organisationId, { networkId, organisationId });
  });
}

export async function addNetworkCoordinator(db: Db, actorId: string, networkId: string, userId: string) {
  await db.$transaction(async (tx) => {
    const [network, user] = await Promise.all([
      tx.network.findUnique({ where: { id: networkId }, select: { id: true } }),
      tx.user.findUnique({ where: { id: userId }, select: { id: true } }),
    ]);
    if (!network || !user) throw notFound();
    const existing = await tx.networkCoordinator.findUnique({ where: { networkId_userId: { networkId, userId } } });
    if (existing) return;
    await tx.networkCoordinator.create({ data: { networkId, userId } });
    await auditNetworkLink(tx, actorId, 'create', 'networkCoordinator', userId, { networkId, userId });
  });
}

export async function removeNetworkCoordinator(db: Db, actorId: string, networkId: string, userId: string) {
  await db.$transaction(async (tx) => {
    const [network, user] = await Promise.all([
      tx.network.count({ where: { id: networkId } }),
      tx.user.count({ where: { id: userId } }),
    ]);
    if (!network || !user) throw notFound();
    const removed = await tx.networkCoordinator.deleteMany({ where: { networkId, userId } });
    if (removed.count === 0) return;
    await auditNetworkLink(tx, actorId, 'delete', 'networkCoordinator', userId, { networkId, userId });
  });
}

/**
 * A member organisation or a coordinator is a link between the network and
 * another entity; the log names it `networkId:otherId`, with what was added
 * as `after` and what was removed as `before`.
 */
function auditNetworkLink(
  tx: Pick<Db, 'auditEntry'>,
  actorId: string,
  action: 'create' | 'delete',
  entity: 'networkMember' | 'networkCoordinator',
  otherId: string,
  link: { networkId: string } & Record<string, string>,
) {
  return recordAudit(tx, {
    actorId,
    action,
    entity,
    entityId: `${link.networkId}:${otherId}`,
    ...(action === 'create' ? { after: link } : { before: link }),
  });
}
