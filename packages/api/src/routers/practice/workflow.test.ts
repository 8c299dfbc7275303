import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { DEFAULT_SITE_URLS, loadActor } from '../../context.ts';
import { adminCaller, contextFor } from '../../testing/caller.ts';
import { PRACTICE_CONTENT, type World, createWorld } from '../../testing/world.ts';
import {
  createPractice,
  getWorkingCopy,
  saveDraft,
  startRevision,
  submitVersion,
  versionHistory,
} from './authoring.ts';
import { getPublishedExample } from './queries.ts';
import { publishVersion, returnVersion } from './review.ts';
import { loadExampleScope, loadVersion } from './scope.ts';
import { searchPractice } from './search.ts';
import { practiceSearchInput } from '@knutepunkt/domain';

const urls = DEFAULT_SITE_URLS;

describe.each(testDatabases())(
  'writing, reviewing and publishing practice examples on $name',
  ({ open, skipReason }) => {
    let handle: DbHandle | null;
    let world: World;
    beforeEach(async () => {
      handle = await open();
      if (handle) world = await createWorld(handle.db);
    });
    afterEach(async () => handle?.close());

    const actor = (role: 'editor' | 'coordinator') =>
      handle!.db.user.findUniqueOrThrow({ where: { id: world.userIds[role] } }).then((u) => loadActor(handle!.db, u));
    const search = (q: string) => searchPractice(handle!.db, practiceSearchInput.parse({ q }));
    // What the procedures load before the services run (they check the rights on it).
    const version = async (versionId: string) => (await loadVersion(handle!.db, versionId))!;
    const scope = async (exampleId: string) => (await loadExampleScope(handle!.db, exampleId))!;

    test('draft → submit → sent back with a comment → revised → resubmitted → published, and then found', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const editor = await actor('editor');
      const coordinator = await actor('coordinator');
      const created = await createPractice(handle.db, editor.userId, {
        organisationId: world.org1,
        title: 'Turgruppe for bedringsprosesser',
        language: 'nn',
      });

      // Submitting an empty draft names what is missing.
      await expect(
        submitVersion(handle.db, editor.userId, await version(created.versionId), urls),
      ).rejects.toMatchObject({ kind: 'badRequest' });

      let copy = await getWorkingCopy(handle.db, created.exampleId);
      await saveDraft(handle.db, editor.userId, (await version(created.versionId)).version, {
        ...PRACTICE_CONTENT,
        title: 'Turgruppe for bedringsprosesser',
        language: 'nn',
        baseUpdatedAt: copy.working!.updatedAt.toISOString(),
      });
      // A save from an older copy (another tab) is refused, not silently applied.
      await expect(
        saveDraft(handle.db, editor.userId, (await version(created.versionId)).version, {
          ...PRACTICE_CONTENT,
          title: 'Gammel fane',
          baseUpdatedAt: copy.working!.updatedAt.toISOString(),
        }),
      ).rejects.toMatchObject({ kind: 'conflict' });

      await submitVersion(handle.db, editor.userId, await version(created.versionId), urls);
      const toCoordinator = await handle.db.outboxMessage.findMany({ where: { userId: world.userIds.coordinator } });
      expect(toCoordinator.map((m) => m.kind)).toEqual(['practice.submitted']);
      expect(toCoordinator[0]?.body).toContain(`${urls.admin}/praksis/vurdering/${created.versionId}`);

      await returnVersion(
        handle.db,
        coordinator.userId,
        await version(created.versionId),
        'Fortel meir om kven som kan vere med.',
        urls,
      );
      copy = await getWorkingCopy(handle.db, created.exampleId);
      expect(copy.working).toMatchObject({ state: 'RETURNED' });
      expect(copy.working!.comments.map((c) => c.body)).toEqual(['Fortel meir om kven som kan vere med.']);
      expect(
        await handle.db.outboxMessage.count({ where: { userId: world.userIds.editor, kind: 'practice.returned' } }),
      ).toBe(1);

      // Revising after the comments: based on the copy as it is now.
      await saveDraft(handle.db, editor.userId, (await version(created.versionId)).version, {
        ...PRACTICE_CONTENT,
        title: 'Turgruppe for bedringsprosesser',
        language: 'nn',
        approach: 'Alle over 18 kan vere med, utan tilvising.',
        baseUpdatedAt: copy.working!.updatedAt.toISOString(),
      });
      await submitVersion(handle.db, editor.userId, await version(created.versionId), urls);
      expect((await search('bedringsprosessen')).items.map((i) => i.slug)).not.toContain(created.slug);

      await publishVersion(handle.db, coordinator.userId, await version(created.versionId), undefined, urls);
      const found = await search('bedringsprosessen');
      expect(found.items.map((i) => i.slug)).toContain(created.slug);
      const page = await getPublishedExample(handle.db, created.slug);
      expect(page.content).toMatchObject({ language: 'nn', approach: 'Alle over 18 kan vere med, utan tilvising.' });
    });

    test('a revision is reviewed while the published version stays visible; every published version is kept', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      const editor = await actor('editor');
      const coordinator = await actor('coordinator');
      const { exampleId, slug } = world.practice.published;
      const { versionId } = await startRevision(handle.db, editor.userId, exampleId);
      await expect(startRevision(handle.db, editor.userId, exampleId)).rejects.toMatchObject({ kind: 'conflict' });
      const copy = await getWorkingCopy(handle.db, exampleId);
      await saveDraft(handle.db, editor.userId, (await version(versionId)).version, {
        ...PRACTICE_CONTENT,
        title: 'Stressmestring i gruppe – nå også på kveldstid',
        baseUpdatedAt: copy.working!.updatedAt.toISOString(),
      });
      await submitVersion(handle.db, editor.userId, await version(versionId), urls);
      expect((await getPublishedExample(handle.db, slug)).content.title).toBe('Stressmestring i gruppe');

      await publishVersion(handle.db, coordinator.userId, await version(versionId), 'Fint!', urls);
      expect((await getPublishedExample(handle.db, slug)).content.title).toBe(
        'Stressmestring i gruppe – nå også på kveldstid',
      );
      const history = await versionHistory(handle.db, editor, await scope(exampleId));
      expect(history.map((v) => [v.number, v.state])).toEqual([
        [2, 'PUBLISHED'],
        [1, 'SUPERSEDED'],
      ]);
      expect((await search('kveldstid')).total).toBe(1);
    });

    test('a coordinator of another network cannot see or review the example', async (ctx) => {
      if (!handle) return ctx.skip(skipReason);
      // The rights are the procedures' (the services get what those loaded), so ask through them.
      const other = adminCaller(await contextFor(handle.db, 'admin', world, 'otherCoordinator'));
      await expect(other.practice.publish({ versionId: world.practice.inReview.versionId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(other.practice.history({ exampleId: world.practice.inReview.exampleId })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  },
);
