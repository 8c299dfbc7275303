import type { Db, Prisma } from '@knutepunkt/db';
import {
  type OrganisationCreateInput,
  type OrganisationListInput,
  type OrganisationProfileInput,
  type OrganisationType,
  fieldError,
  notFound,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';

/** What the public sees of an organisation in lists. */
const listSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  municipality: true,
  county: true,
} satisfies Prisma.OrganisationSelect;

const profileSelect = {
  ...listSelect,
  description: true,
  language: true,
  email: true,
  phone: true,
  website: true,
  updatedAt: true,
  networks: {
    select: { network: { select: { id: true, slug: true, name: true } } },
    orderBy: { network: { name: 'asc' } },
  },
} satisfies Prisma.OrganisationSelect;

export async function listOrganisations(db: Db, input: OrganisationListInput) {
  const where: Prisma.OrganisationWhereInput = {
    ...(input.type ? { type: input.type } : {}),
    ...(input.county ? { county: input.county } : {}),
    ...(input.q ? { name: { contains: input.q, mode: 'insensitive' } } : {}),
  };
  const [items, total] = await Promise.all([
    db.organisation.findMany({
      where,
      select: listSelect,
      orderBy: { name: 'asc' },
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.organisation.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

type NetworkRef = { id: string; slug: string; name: string };

function flattenNetworks<T extends { networks: Array<{ network: NetworkRef }> }>(
  org: T,
): Omit<T, 'networks'> & { networks: NetworkRef[] } {
  const { networks, ...rest } = org;
  return { ...rest, networks: networks.map((n) => n.network) };
}

export async function getOrganisationBySlug(db: Db, slug: string) {
  const org = await db.organisation.findUnique({ where: { slug }, select: profileSelect });
  if (!org) throw notFound();
  return flattenNetworks(org);
}

export async function getOrganisationById(db: Db, id: string) {
  const org = await db.organisation.findUnique({ where: { id }, select: profileSelect });
  if (!org) throw notFound();
  return flattenNetworks(org);
}

/** The ids of the networks an organisation belongs to (the coordinators' reach). */
export async function organisationNetworkIds(db: Pick<Db, 'networkMember'>, organisationId: string): Promise<string[]> {
  const rows = await db.networkMember.findMany({ where: { organisationId }, select: { networkId: true } });
  return rows.map((r) => r.networkId);
}

export async function updateOrganisationProfile(
  db: Db,
  actorId: string,
  organisationId: string,
  input: OrganisationProfileInput & { name?: string; type?: OrganisationType },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (!before) throw notFound();
    const after = await tx.organisation.update({ where: { id: organisationId }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'organisation',
      entityId: organisationId,
      before,
      after,
    });
    return after;
  });
}

export async function createOrganisation(db: Db, actorId: string, input: OrganisationCreateInput) {
  return db.$transaction(async (tx) => {
    if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw fieldError('slug', 'error.slug.taken');
    }
    const created = await tx.organisation.create({ data: input });
    await recordAudit(tx, { actorId, action: 'create', entity: 'organisation', entityId: created.id, after: created });
    return created;
  });
}

export async function deleteOrganisation(db: Db, actorId: string, organisationId: string) {
  await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId } });
    if (!before) throw notFound();
    await tx.organisation.delete({ where: { id: organisationId } });
    await recordAudit(tx, { actorId, action: 'delete', entity: 'organisation', entityId: organisationId, before });
  });
}
