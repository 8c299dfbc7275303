import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { createTestDb } from '@knutepunkt/db/testing';
import { TRPCError } from '@trpc/server';
import { type Actor, UserError } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { contextFor, webCaller } from '../../testing/caller.ts';
import { type Role, type World, createWorld } from '../../testing/world.ts';
import { deleteAttachment, updateAttachment } from './attachments.ts';
import { startRevision } from './authoring.ts';
import { addAttachment, attachmentToServe, checkAttachmentUpload } from './file-access.ts';
import { getPublishedExample } from './queries.ts';
import { loadAttachment } from './scope.ts';

let handle: DbHandle;
let world: World;
const actors = {} as Record<'editor' | 'otherEditor' | 'member' | 'coordinator', Actor>;
beforeAll(async () => {
  handle = await createTestDb();
  world = await createWorld(handle.db);
  for (const role of ['editor', 'otherEditor', 'member', 'coordinator'] as const) {
    actors[role] = await loadActor(handle.db, { id: world.userIds[role], isAdmin: false });
  }
});
afterAll(async () => handle?.close());

let keys = 0;
const file = (exampleId: string, over: Partial<Parameters<typeof addAttachment>[2]> = {}) => ({
  exampleId,
  fileName: 'bilde.png',
  mimeType: 'image/png' as const,
  size: 68,
  storageKey: `test/key${++keys}`,
  altText: 'Deltakere rundt et bord',
  ...over,
});

/** The kind and message key a call is refused with, or 'ok'; through a procedure, tRPC's error carries it. */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    const refused = error instanceof TRPCError ? error.cause : error;
    if (refused instanceof UserError) return `${refused.kind} ${refused.key}`;
    throw error;
  }
}

/** The rights on an attachment are its procedures', so refusals are asked through them. */
const asRole = async (role: Role) => webCaller(await contextFor(handle.db, 'web', world, role)).practice;
/** What the procedures load (and check the rights on) before the services run. */
const stored = async (attachmentId: string) => (await loadAttachment(handle.db, attachmentId))!.attachment;

describe('adding attachments', () => {
  test('an editor adds one to a draft: the row, its address, and an audit entry', async () => {
    const added = await addAttachment(handle.db, actors.editor, file(world.practice.draft.exampleId));
    expect(added).toMatchObject({
      fileName: 'bilde.png',
      mimeType: 'image/png',
      size: 68,
      url: `/vedlegg/${added.id}/bilde.png`,
    });
    expect(added).not.toHaveProperty('storageKey');
    const audit = await handle.db.auditEntry.findFirstOrThrow({
      where: { entity: 'practiceAttachment', entityId: added.id },
    });
    expect(audit).toMatchObject({ action: 'create', actorId: world.userIds.editor });
    expect(audit.after).toMatchObject({ fileName: 'bilde.png', exampleId: world.practice.draft.exampleId });
  });

  test('the same rights as editing the text: 404 for another organisation, 403 for a member', async () => {
    expect(await refusal(checkAttachmentUpload(handle.db, actors.otherEditor, world.practice.draft.exampleId))).toBe(
      'notFound error.notFound',
    );
    expect(await refusal(checkAttachmentUpload(handle.db, actors.member, world.practice.draft.exampleId))).toBe(
      'forbidden error.forbidden',
    );
    expect(await refusal(checkAttachmentUpload(handle.db, actors.editor, 'no-such-example'))).toBe(
      'notFound error.notFound',
    );
  });

  test('only while a version is being written: not in review, not on a published example until a revision is started', async () => {
    expect(await refusal(checkAttachmentUpload(handle.db, actors.editor, world.practice.inReview.exampleId))).toBe(
      'conflict files.error.notEditable',
    );
    expect(await refusal(checkAttachmentUpload(handle.db, actors.editor, world.practice.published.exampleId))).toBe(
      'conflict files.error.notEditable',
    );
  });

  test('at most 20 per example', async () => {
    const { db } = handle;
    const exampleId = world.practice.draft.exampleId;
    const have = await db.practiceAttachment.count({ where: { exampleId } });
    for (let i = have; i < 20; i++) await addAttachment(db, actors.editor, file(exampleId));
    expect(await refusal(checkAttachmentUpload(db, actors.editor, exampleId))).toBe('conflict files.error.tooMany');
    expect(await refusal(addAttachment(db, actors.editor, file(exampleId)))).toBe('conflict files.error.tooMany');
    // Make room again for the tests below.
    await db.practiceAttachment.deleteMany({ where: { exampleId, storageKey: { startsWith: 'test/key' } } });
  });
});

describe('changing and removing attachments', () => {
  test('an image keeps its text alternative; a PDF may have none', async () => {
    const exampleId = world.practice.draft.exampleId;
    const image = await addAttachment(handle.db, actors.editor, file(exampleId));
    const editorId = actors.editor.userId;
    expect(await refusal(updateAttachment(handle.db, editorId, await stored(image.id), ''))).toBe(
      'badRequest files.error.altTextRequired',
    );
    expect((await updateAttachment(handle.db, editorId, await stored(image.id), 'Kursdeltakere')).altText).toBe(
      'Kursdeltakere',
    );
    expect(
      (await updateAttachment(handle.db, editorId, await stored(world.practice.draft.attachmentId), '')).altText,
    ).toBe('');
    expect(
      await refusal((await asRole('otherEditor')).updateAttachment({ attachmentId: image.id, altText: 'x' })),
    ).toBe('notFound error.notFound');
  });

  test('deleting removes the row and then the stored file, and is audited', async () => {
    const added = await addAttachment(
      handle.db,
      actors.editor,
      file(world.practice.draft.exampleId, { storageKey: 'test/to-delete' }),
    );
    const removed: string[] = [];
    const files = { delete: async (key: string) => void removed.push(key) };
    expect(await refusal((await asRole('otherEditor')).deleteAttachment({ attachmentId: added.id }))).toBe(
      'notFound error.notFound',
    );
    expect(await deleteAttachment(handle.db, actors.editor.userId, files, await stored(added.id))).toEqual({
      ok: true,
    });
    expect(removed).toEqual(['test/to-delete']);
    expect(await handle.db.practiceAttachment.count({ where: { id: added.id } })).toBe(0);
    expect(
      await handle.db.auditEntry.count({
        where: { entity: 'practiceAttachment', entityId: added.id, action: 'delete' },
      }),
    ).toBe(1);
    expect(await refusal((await asRole('editor')).deleteAttachment({ attachmentId: added.id }))).toBe(
      'notFound error.notFound',
    );
  });

  test('a storage that fails to remove the file does not undo a delete that happened', async () => {
    const added = await addAttachment(handle.db, actors.editor, file(world.practice.draft.exampleId));
    const failing = { delete: () => Promise.reject(new Error('storage down')) };
    expect(await deleteAttachment(handle.db, actors.editor.userId, failing, await stored(added.id))).toEqual({
      ok: true,
    });
  });
});

describe('who may fetch an attachment', () => {
  const serve = (attachmentId: string, actor: Actor | null) =>
    attachmentToServe(handle.db, attachmentId, async () => actor);

  test("a draft's attachment: its editors only, never the public or another organisation", async () => {
    const id = world.practice.draft.attachmentId;
    expect(await serve(id, null)).toBeNull();
    expect(await serve(id, actors.otherEditor)).toBeNull();
    expect(await serve(id, actors.coordinator)).toBeNull();
    expect(await serve(id, actors.editor)).toMatchObject({
      isPublic: false,
      mimeType: 'application/pdf',
      storageKey: 'test/world-draft-program',
    });
    expect(await serve('no-such-attachment', actors.editor)).toBeNull();
  });

  test('a published example: public; one added during a revision waits for it; archived: editors only', async () => {
    const { db } = handle;
    const exampleId = world.practice.published.exampleId;
    // As the seed does: straight into a published example with no revision under way.
    const old = await db.practiceAttachment.create({
      data: { exampleId, fileName: 'rapport.pdf', mimeType: 'application/pdf', size: 10, storageKey: 'test/published' },
    });
    let seen = false;
    expect(await attachmentToServe(db, old.id, async () => ((seen = true), null))).toMatchObject({ isPublic: true });
    expect(seen).toBe(false);

    await startRevision(db, actors.editor.userId, exampleId);
    const pending = await addAttachment(db, actors.editor, file(exampleId));
    expect(await serve(pending.id, null)).toBeNull();
    expect(await serve(pending.id, actors.editor)).toMatchObject({ isPublic: false });
    expect(await serve(old.id, null)).toMatchObject({ isPublic: true });
    const page = await getPublishedExample(db, world.practice.published.slug);
    expect(page.attachments.map((a) => a.id)).toEqual([old.id]);

    await db.practiceExample.update({ where: { id: exampleId }, data: { archivedAt: new Date() } });
    expect(await serve(old.id, null)).toBeNull();
    expect(await serve(old.id, actors.editor)).toMatchObject({ isPublic: false });
    expect(await serve(old.id, actors.coordinator)).toBeNull();
  });
});
