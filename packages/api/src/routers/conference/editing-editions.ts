import type { Db, Prisma } from '@knutepunkt/db';
import {
  type Actor,
  type EditionFields,
  type PartnerInput,
  UserError,
  fieldError,
  notFound,
  slugify,
} from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { freeSlug, isUniqueViolation } from '../../unique.ts';
import type { EditionInScope } from './scope.ts';

type Tx = Prisma.TransactionClient;

/**
 * An edition's own settings (docs/adr/0023): creating one, its form, its owners and its
 * organisers and partners. Its rooms, tracks and types are in editing-rooms.ts and
 * editing-tracks.ts; its sessions and speakers are another part's.
 */

/** The form's fields as the table keeps them; the owners are rows of their own. */
function editionData(input: EditionFields) {
  return {
    title: input.title,
    subtitle: input.subtitle,
    description: input.description,
    language: input.language,
    languages: input.languages,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    venueName: input.venueName,
    venueAddress: input.venueAddress,
    widgetOrigins: input.widgetOrigins,
  };
}

/**
 * The owners a person may give: a coordinator may add only networks they coordinate (keeping
 * those already there), an admin any network; every one must exist.
 */
async function checkOwners(tx: Tx, actor: Actor, ownerNetworkIds: string[], current: string[] = []) {
  const added = ownerNetworkIds.filter((id) => !current.includes(id));
  if (!actor.isAdmin && added.some((id) => !actor.coordinatorOf.includes(id))) {
    throw new UserError('forbidden', 'conference.admin.error.notYourNetwork', {
      fieldErrors: { ownerNetworkIds: 'conference.admin.error.notYourNetwork' },
    });
  }
  const found = await tx.network.count({ where: { id: { in: ownerNetworkIds } } });
  if (found !== ownerNetworkIds.length)
    throw fieldError('ownerNetworkIds', 'conference.admin.error.noSuchNetwork', 'badRequest');
}

/** A slug from the title and the year, with -2, -3, … when it is taken. */
function editionSlug(tx: Tx, title: string, startsOn: string): Promise<string> {
  return freeSlug(`${slugify(title).slice(0, 60) || 'konferanse'}-${startsOn.slice(0, 4)}`, async (base) =>
    (await tx.conferenceEdition.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (e) => e.slug,
    ),
  );
}

/** A new edition, owned by the networks given; nothing of it is public until a release is published. */
export async function createEdition(db: Db, actor: Actor, input: EditionFields) {
  // Two coordinators naming two editions alike at once: the second gets the next free slug.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        await checkOwners(tx, actor, input.ownerNetworkIds);
        const slug = await editionSlug(tx, input.title, input.startsOn);
        const edition = await tx.conferenceEdition.create({
          data: {
            ...editionData(input),
            slug,
            owners: { create: input.ownerNetworkIds.map((networkId) => ({ networkId })) },
          },
          select: { id: true, slug: true },
        });
        await recordAudit(tx, {
          actorId: actor.userId,
          action: 'create',
          entity: 'conferenceEdition',
          entityId: edition.id,
          after: { slug, title: input.title, owners: input.ownerNetworkIds },
        });
        return edition;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** The settings form saved: the fields and the owners. The slug stays (it is the public address). */
export async function updateEdition(db: Db, actor: Actor, edition: EditionInScope, input: EditionFields) {
  return db.$transaction(async (tx) => {
    await checkOwners(tx, actor, input.ownerNetworkIds, edition.ownerNetworkIds);
    const before = await tx.conferenceEdition.findUniqueOrThrow({ where: { id: edition.id } });
    const data = editionData(input);
    await tx.conferenceEdition.update({ where: { id: edition.id }, data });
    await tx.conferenceOwner.deleteMany({
      where: { editionId: edition.id, networkId: { notIn: input.ownerNetworkIds } },
    });
    await tx.conferenceOwner.createMany({
      data: input.ownerNetworkIds.map((networkId) => ({ editionId: edition.id, networkId })),
      skipDuplicates: true,
    });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(data[key]),
    );
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'update',
      entity: 'conferenceEdition',
      entityId: edition.id,
      before: { ...Object.fromEntries(changed.map((k) => [k, before[k]])), owners: edition.ownerNetworkIds },
      after: { ...Object.fromEntries(changed.map((k) => [k, data[k]])), owners: input.ownerNetworkIds },
    });
    return { id: edition.id, slug: edition.slug };
  });
}

/**
 * The organisers and partners as given, in their order. A logo already uploaded stays with its
 * organisation; one that leaves the list takes its logo with it.
 */
export async function setPartners(db: Db, actorId: string, edition: EditionInScope, partners: PartnerInput[]) {
  return db.$transaction(async (tx) => {
    const ids = partners.map((p) => p.organisationId);
    const found = await tx.organisation.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw fieldError('partners', 'conference.admin.error.noSuchOrganisation', 'badRequest');
    const before = await tx.conferencePartner.findMany({
      where: { editionId: edition.id },
      select: { organisationId: true, role: true },
    });
    await tx.conferencePartner.deleteMany({ where: { editionId: edition.id, organisationId: { notIn: ids } } });
    for (const partner of partners) {
      const data = { role: partner.role, position: partner.position, logoAlt: partner.logoAlt };
      await tx.conferencePartner.upsert({
        where: { editionId_organisationId: { editionId: edition.id, organisationId: partner.organisationId } },
        create: { editionId: edition.id, organisationId: partner.organisationId, ...data },
        update: data,
      });
    }
    await recordAudit(tx, {
      actorId,
      action: 'update',
      entity: 'conferenceEdition',
      entityId: edition.id,
      before: { partners: before },
      after: { partners: partners.map((p) => ({ organisationId: p.organisationId, role: p.role })) },
    });
    return { partners: partners.length };
  });
}

/** Everything the settings page and its subpages' links need, with the counts a coordinator looks for. */
export async function editionForEditing(db: Db, editionId: string) {
  const edition = await db.conferenceEdition.findUnique({
    where: { id: editionId },
    include: {
      owners: { include: { network: { select: { id: true, name: true } } } },
      partners: {
        orderBy: [{ role: 'asc' }, { position: 'asc' }],
        include: { organisation: { select: { id: true, name: true, slug: true } } },
      },
      rooms: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        include: { _count: { select: { sessions: true } } },
      },
      tracks: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        include: { _count: { select: { sessions: true } } },
      },
      sessionTypes: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        include: { _count: { select: { sessions: true } } },
      },
      _count: { select: { sessions: true, speakers: true, releases: true } },
    },
  });
  if (!edition) throw notFound();
  const { owners, rooms, tracks, sessionTypes, partners, _count, ...fields } = edition;
  const published = await db.conferenceRelease.count({ where: { editionId, publishedAt: { not: null } } });
  const scheduled = await db.conferenceSession.count({
    where: { editionId, roomId: { not: null }, startsAt: { not: null } },
  });
  const sessionCount = <T extends { _count: { sessions: number } }>({ _count: c, ...rest }: T) => ({
    ...rest,
    sessions: c.sessions,
  });
  return {
    ...fields,
    owners: owners.map((o) => o.network).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    partners: partners.map((p) => ({
      organisationId: p.organisationId,
      name: p.organisation.name,
      slug: p.organisation.slug,
      role: p.role,
      position: p.position,
      logoKey: p.logoKey,
      logoAlt: p.logoAlt,
    })),
    rooms: rooms.map(sessionCount),
    tracks: tracks.map(sessionCount),
    sessionTypes: sessionTypes.map(sessionCount),
    counts: {
      sessions: _count.sessions,
      scheduled,
      speakers: _count.speakers,
      releases: _count.releases,
      published,
    },
  };
}
