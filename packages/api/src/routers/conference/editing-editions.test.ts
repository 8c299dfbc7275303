import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Db, DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type EditionFields, editionFields } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { createEdition, editionForEditing, setPartners, updateEdition } from './editing-editions.ts';
import { loadEdition } from './scope.ts';

const fields = (ownerNetworkIds: string[]): EditionFields =>
  editionFields.parse({
    title: 'Ingenting om oss uten oss',
    subtitle: '',
    description: '',
    language: 'nb',
    languages: ['nb'],
    startsOn: '2032-10-18',
    endsOn: '2032-10-19',
    venueName: 'Scandic Lerkendal',
    venueAddress: '',
    widgetOrigins: [],
    ownerNetworkIds,
  });

async function actorOf(db: Db, userId: string) {
  return loadActor(db, await db.user.findUniqueOrThrow({ where: { id: userId } }));
}

describe.each(testDatabases())('an edition’s settings, on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  test('a coordinator creates an edition owned by their network; the slug is free and audited', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const coordinator = await actorOf(db, world.userIds.coordinator);
    const editionsBefore = await db.conferenceEdition.count();
    const first = await createEdition(db, coordinator, fields([world.network1]));
    const second = await createEdition(db, coordinator, fields([world.network1]));
    expect(first.slug).toBe('ingenting-om-oss-uten-oss-2032');
    expect(second.slug).toBe('ingenting-om-oss-uten-oss-2032-2');
    expect((await loadEdition(db, first.id))?.ownerNetworkIds).toEqual([world.network1]);
    expect(await db.auditEntry.count({ where: { entity: 'conferenceEdition', entityId: first.id } })).toBe(1);

    // Another network's: refused, nothing made.
    await expect(createEdition(db, coordinator, fields([world.network2]))).rejects.toMatchObject({
      kind: 'forbidden',
      fieldErrors: { ownerNetworkIds: 'conference.admin.error.notYourNetwork' },
    });
    await expect(createEdition(db, coordinator, fields(['ukjentnettverk']))).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const admin = await actorOf(db, world.userIds.admin);
    await expect(createEdition(db, admin, fields(['ukjentnettverk']))).rejects.toMatchObject({ kind: 'badRequest' });
    // The world's editions and the two made above; nothing more.
    expect(await db.conferenceEdition.count()).toBe(editionsBefore + 2);
    // An admin may give it to any network.
    await expect(createEdition(db, admin, fields([world.network2]))).resolves.toMatchObject({ id: expect.any(String) });
  });

  test('simultaneous creations with the same title get different slugs', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const coordinator = await actorOf(db, world.userIds.coordinator);
    const made = await Promise.all([1, 2, 3].map(() => createEdition(db, coordinator, fields([world.network1]))));
    expect(new Set(made.map((e) => e.slug)).size).toBe(3);
  });

  test('updating keeps the slug; a coordinator keeps co-owners but adds only their own networks', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const admin = await actorOf(db, world.userIds.admin);
    const coordinator = await actorOf(db, world.userIds.coordinator);
    const { editionId, slug } = world.conference;
    // The admin makes network2 a co-owner; network1's coordinator may keep it there.
    await updateEdition(db, admin, (await loadEdition(db, editionId))!, fields([world.network1, world.network2]));
    const both = (await loadEdition(db, editionId))!;
    expect(both.slug).toBe(slug);
    expect(both.ownerNetworkIds.sort()).toEqual([world.network1, world.network2].sort());
    await updateEdition(db, coordinator, both, { ...fields([world.network1, world.network2]), title: 'Ny tittel' });
    expect((await loadEdition(db, editionId))!.title).toBe('Ny tittel');
    // Dropping one is allowed; adding it back is not the coordinator's to do.
    await updateEdition(db, coordinator, (await loadEdition(db, editionId))!, fields([world.network1]));
    await expect(
      updateEdition(db, coordinator, (await loadEdition(db, editionId))!, fields([world.network1, world.network2])),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await loadEdition(db, editionId))!.ownerNetworkIds).toEqual([world.network1]);
    const audit = await db.auditEntry.findMany({ where: { entity: 'conferenceEdition', entityId: editionId } });
    expect(audit).toHaveLength(3);
  });

  test('partners: the list as given, each organisation once, its logo kept while it stays', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const edition = (await loadEdition(db, world.conference.editionId))!;
    await db.conferencePartner.update({
      where: { editionId_organisationId: { editionId: edition.id, organisationId: world.org1 } },
      data: { logoKey: `${'a'.repeat(32)}.png`, logoAlt: 'Logo' },
    });
    await setPartners(db, world.userIds.coordinator, edition, [
      { organisationId: world.org2, role: 'partner', position: 1, logoAlt: '' },
      { organisationId: world.org1, role: 'organiser', position: 0, logoAlt: 'Logoen til org1' },
    ]);
    const read = await editionForEditing(db, edition.id);
    expect(read.partners.map((p) => [p.organisationId, p.role, p.logoKey, p.logoAlt])).toEqual([
      [world.org1, 'organiser', `${'a'.repeat(32)}.png`, 'Logoen til org1'],
      [world.org2, 'partner', null, ''],
    ]);
    await setPartners(db, world.userIds.coordinator, edition, [
      { organisationId: world.org2, role: 'organiser', position: 0, logoAlt: '' },
    ]);
    expect((await editionForEditing(db, edition.id)).partners.map((p) => p.organisationId)).toEqual([world.org2]);
    await expect(
      setPartners(db, world.userIds.coordinator, edition, [
        { organisationId: 'ukjentorganisasjon', role: 'partner', position: 0, logoAlt: '' },
      ]),
    ).rejects.toMatchObject({ kind: 'badRequest' });
    expect(await db.conferencePartner.count({ where: { editionId: edition.id } })).toBe(1);
  });

  test('the editing view counts sessions per room, track and type, and the scheduled ones', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const read = await editionForEditing(handle.db, world.conference.editionId);
    expect(read.owners.map((o) => o.id)).toEqual([world.network1]);
    expect(read.rooms.map((r) => [r.name, r.sessions])).toEqual([
      ['Storsalen', 1],
      ['Møterom 2', 1],
    ]);
    expect(read.tracks[0]).toMatchObject({ colour: '#1f5f8b', sessions: 1 });
    const speakers = await handle.db.conferenceSpeaker.count({ where: { editionId: world.conference.editionId } });
    expect(read.counts).toEqual({ sessions: 3, scheduled: 2, speakers, releases: 0, published: 0 });
  });
});
