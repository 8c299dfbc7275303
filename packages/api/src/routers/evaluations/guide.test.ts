import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type GuideTheme, saveGuideInput } from '@knutepunkt/domain';
import { adminCaller, contextFor, outcomeOf } from '../../testing/caller.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { guideVersion, guideVersions, saveGuide } from './guide.ts';
import { loadEvaluation } from './scope.ts';
import { WORLD_GUIDE } from './test-world.ts';

const revised: GuideTheme[] = [
  {
    key: 't1',
    title: 'Å bli møtt',
    questions: [
      { key: 'q1', text: 'Hvordan ble du møtt første gang du kom?' },
      { key: 'q3', text: 'Hva betyr stedet for deg?' },
    ],
  },
];

describe.each(testDatabases())('the interview guide, on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  }, 240_000);
  afterEach(async () => handle?.close());

  test('a version in use never changes: saving makes a new one, edited in place until it is used', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId, guideVersionId } = world.evaluations.collecting;
    const lead = world.userIds.lead;
    const evaluation = (await loadEvaluation(db, evaluationId))!;

    // Version 1 has an interview: a save makes version 2.
    expect(await saveGuide(db, lead, evaluation, revised)).toMatchObject({ version: 2, outcome: 'created' });
    const v1 = await db.evaluationGuideVersion.findUniqueOrThrow({ where: { id: guideVersionId } });
    expect(v1.themes).toEqual(WORLD_GUIDE);

    // Version 2 is not in use: edited in place.
    const again = [{ ...revised[0]!, title: 'Å bli tatt imot' }];
    expect(await saveGuide(db, lead, evaluation, again)).toMatchObject({ version: 2, outcome: 'updated' });
    expect(await saveGuide(db, lead, evaluation, again)).toMatchObject({ version: 2, outcome: 'unchanged' });
    expect((await guideVersion(db, evaluationId))?.themes).toEqual(again);
    expect((await guideVersion(db, evaluationId, 1))?.themes).toEqual(WORLD_GUIDE);

    // An interview on version 2: the next save makes version 3, version 2 stays as it was.
    const v2 = (await guideVersion(db, evaluationId))!;
    await db.evaluationInterview.create({
      data: { evaluationId, code: 'G2', kind: 'group', heldOn: '2026-10-20', participants: 6, guideVersionId: v2.id },
    });
    expect(await saveGuide(db, lead, evaluation, revised)).toMatchObject({ version: 3, outcome: 'created' });
    expect((await guideVersion(db, evaluationId, 2))?.themes).toEqual(again);

    const versions = await guideVersions(db, evaluationId);
    expect(versions.map((v) => [v.version, v.inUse, v.authorName])).toEqual([
      [3, false, 'Test lead'],
      [2, true, 'Test lead'],
      [1, true, 'Test lead'],
    ]);
    expect(await db.auditEntry.count({ where: { entity: 'evaluationGuide' } })).toBe(3);
  }, 240_000);

  test('keys must be unique across the guide; a closed phase refuses; another lead gets 404', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId } = world.evaluations.collecting;
    const duplicate = [{ ...revised[0]!, questions: [revised[0]!.questions[0]!, { key: 'q1', text: 'Igjen?' }] }];
    const parsed = saveGuideInput.safeParse({ evaluationId, themes: duplicate });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['evaluations.guide.duplicateKey']);
    const asLead = adminCaller(await contextFor(db, 'admin', world, 'lead')).evaluations;
    expect(await outcomeOf(asLead.saveGuide({ evaluationId, themes: duplicate }))).toMatch(/^BAD_REQUEST/);

    // The published evaluation is past collection.
    const published = (await loadEvaluation(db, world.evaluations.published.evaluationId))!;
    await expect(saveGuide(db, world.userIds.lead, published, revised)).rejects.toMatchObject({ kind: 'conflict' });

    const asCoordinator = adminCaller(await contextFor(db, 'admin', world, 'coordinator')).evaluations;
    expect(await outcomeOf(asCoordinator.saveGuide({ evaluationId, themes: revised }))).toMatch(/^NOT_FOUND/);
    expect(await db.evaluationGuideVersion.count({ where: { evaluationId } })).toBe(1);
  }, 240_000);
});
