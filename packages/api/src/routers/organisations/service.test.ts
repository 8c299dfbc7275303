import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type World, createWorld } from '../../testing/world.ts';
import { createOrganisation, getOrganisationBySlug, listOrganisations, updateOrganisationProfile } from './service.ts';

const page = { page: 1, pageSize: 20 };

describe.each(testDatabases())('the organisation directory on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    world = await createWorld(handle.db);
    await handle.db.organisation.create({
      data: { slug: 'mental-helse-trondelag', name: 'Mental Helse Trøndelag', type: 'USER_ORGANISATION', county: '50' },
    });
  });
  afterAll(async () => handle?.close());

  test('filters by type and county combine, and the name search ignores case', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const names = async (input: object) =>
      (await listOrganisations(handle!.db, { ...page, ...input })).items.map((o) => o.name);
    expect(await names({ county: '50' })).toEqual(['Kommune én', 'Mental Helse Trøndelag']);
    expect(await names({ county: '50', type: 'MUNICIPALITY' })).toEqual(['Kommune én']);
    expect(await names({ q: 'helse TRØ' })).toEqual(['Mental Helse Trøndelag']);
    expect(await names({ q: 'finnes-ikke' })).toEqual([]);
  });

  test('pages hold pageSize items and report the total', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const first = await listOrganisations(handle.db, { page: 1, pageSize: 2 });
    const second = await listOrganisations(handle.db, { page: 2, pageSize: 2 });
    const third = await listOrganisations(handle.db, { page: 3, pageSize: 2 });
    // The world's four organisations and this file's own.
    expect(first.total).toBe(5);
    expect(new Set([...first.items, ...second.items, ...third.items].map((o) => o.slug)).size).toBe(5);
  });

  test('an organisation page lists its networks', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const org = await getOrganisationBySlug(handle.db, 'kommune-en');
    expect(org.networks.map((n) => n.slug)).toEqual(['nettverk-en']);
  });

  test('a profile update is audited with before and after; a taken slug is a field error', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await updateOrganisationProfile(handle.db, world.userIds.editor, world.org1, {
      description: 'Vi jobber med recovery.',
      email: 'post@kommune-en.no',
      phone: null,
      website: 'https://kommune-en.no',
      municipality: 'Én',
      county: '50',
    });
    const entry = await handle.db.auditEntry.findFirstOrThrow({
      where: { entity: 'organisation', entityId: world.org1 },
      orderBy: { at: 'desc' },
    });
    expect(entry.before).toMatchObject({ description: null });
    expect(entry.after).toMatchObject({ description: 'Vi jobber med recovery.' });
    await expect(
      createOrganisation(handle.db, world.userIds.admin, { name: 'Dobbel', slug: 'kommune-en', type: 'OTHER' }),
    ).rejects.toMatchObject({ kind: 'conflict', fieldErrors: { slug: 'error.slug.taken' } });
  });
});
