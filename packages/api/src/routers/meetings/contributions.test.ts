import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type ContributionPromptsInput, categoryOfKind, translate } from '@knutepunkt/domain';
import { loadActor } from '../../context.ts';
import { httpCall } from '../../testing/http.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { compileContributions, contributionsCsv, setAnswerPresent } from './contributions-compilation.ts';
import type { ContributionScope } from './contributions-procedures.ts';
import { contributionPromptsForStaff, setContributionPrompts } from './contributions-prompts.ts';
import { sharedContributions } from './contributions-shared.ts';
import { contributionOverview, loadContribution, saveContribution, sendContribution } from './contributions-writing.ts';
import { loadMeeting } from './scope.ts';

/** The contributions' services on PGlite and PostgreSQL: prompts, writing, the compilation, sharing. */
describe.each(testDatabases())('contributions on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  }, 60_000);
  afterEach(async () => handle?.close());

  const scope = async (meetingId: string): Promise<ContributionScope> => ({
    meeting: (await loadMeeting(handle!.db, meetingId))!,
    memberIds: [world.org1],
  });
  const at = (offsetDays: number) => {
    const d = new Date(Date.now() + offsetDays * 86_400_000);
    return { date: d.toISOString().slice(0, 10), time: '12:00' };
  };

  test('the coordinator sets prompts; what stays keeps its answers; removing an answered one is asked about', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { upcoming } = world.meetings;
    const c = world.contributions;
    const coordinatorId = world.userIds.coordinator;
    const keepAll: ContributionPromptsInput = {
      deadline: at(15),
      confirmRemoval: false,
      prompts: [
        {
          id: c.tablePrompt,
          kind: 'status_table',
          question: 'Status for målene',
          goals: [{ id: c.goals[1], title: 'FIT' }],
        },
        { id: c.textPrompt, kind: 'text', question: 'En hendelse siste året', goals: [] },
        { kind: 'text', question: 'Hva vil dere gjøre helt nytt?', goals: [] },
      ],
    };
    // A deadline after the meeting's start is refused at its field.
    await expect(
      setContributionPrompts(db, coordinatorId, upcoming.meetingId, { ...keepAll, deadline: at(40) }),
    ).rejects.toMatchObject({
      key: 'meetings.contributions.deadline.afterStart',
      fieldErrors: { deadline: 'meetings.contributions.deadline.afterStart' },
    });
    await setContributionPrompts(db, coordinatorId, upcoming.meetingId, keepAll);
    const after = await contributionPromptsForStaff(db, upcoming.meetingId);
    expect(after.prompts.map((p) => p.question)).toEqual([
      'Status for målene',
      'En hendelse siste året',
      'Hva vil dere gjøre helt nytt?',
    ]);
    expect(after.prompts[1]).toMatchObject({ id: c.textPrompt, answers: 1 });
    expect(after.prompts[0]!.goals.map((g) => g.title)).toEqual(['FIT']);
    expect(await db.contributionAnswer.count({ where: { id: c.answer } })).toBe(1);

    // Dropping the answered question: refused, then allowed once confirmed (and its answer goes).
    const dropText = { ...keepAll, prompts: [keepAll.prompts[0]!] };
    await expect(setContributionPrompts(db, coordinatorId, upcoming.meetingId, dropText)).rejects.toMatchObject({
      kind: 'conflict',
      key: 'meetings.contributions.prompts.hasAnswers',
    });
    expect(await db.contributionPrompt.count({ where: { meetingId: upcoming.meetingId } })).toBe(3);
    await setContributionPrompts(db, coordinatorId, upcoming.meetingId, { ...dropText, confirmRemoval: true });
    expect(await db.contributionAnswer.count({ where: { id: c.answer } })).toBe(0);
    // Another meeting's prompt id is junk here.
    const foreign = {
      ...keepAll,
      prompts: [{ id: 'annetmote000000000', kind: 'text' as const, question: 'x', goals: [] }],
    };
    await expect(setContributionPrompts(db, coordinatorId, upcoming.meetingId, foreign)).rejects.toMatchObject({
      kind: 'badRequest',
    });
  });

  test('an editor writes, sends and edits until the deadline; the coordinator compiles, marks, exports', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { upcoming } = world.meetings;
    const c = world.contributions;
    const editor = await loadActor(db, { id: world.userIds.editor, isAdmin: false });
    const s = await scope(upcoming.meetingId);

    const overview = await contributionOverview(db, editor, s);
    expect(overview).toMatchObject({ window: 'open', canReadShared: false });
    expect(overview.organisations).toEqual([expect.objectContaining({ id: world.org1, status: 'draft' })]);

    await saveContribution(db, editor.userId, upcoming.meetingId, {
      organisationId: world.org1,
      answers: [{ promptId: c.textPrompt, text: '=HYPERLINK("http://x","klikk")' }],
      goals: [
        { goalId: c.goals[0], status: 'done', comment: 'Alle avdelinger, også Hanamyr' },
        { goalId: c.goals[1], status: 'in_progress', comment: '' },
      ],
    });
    const loaded = await loadContribution(db, s, world.org1);
    expect(loaded.answers.find((a) => a.promptId === c.textPrompt)?.text).toBe('=HYPERLINK("http://x","klikk")');
    expect(loaded.goalAnswers).toHaveLength(2);
    expect(loaded.lastEditedBy).toBe('Test editor');

    let compiled = await compileContributions(db, upcoming.meetingId, { onlySent: false });
    expect(compiled.notSent).toEqual([expect.objectContaining({ id: world.org1, status: 'draft' })]);
    await sendContribution(db, editor.userId, upcoming.meetingId, world.org1);
    compiled = await compileContributions(db, upcoming.meetingId, { onlySent: false });
    expect(compiled.notSent).toEqual([]);
    expect(compiled.sentCount).toBe(1);
    const table = compiled.prompts.find((p) => p.id === c.tablePrompt)!;
    expect(table.answers[0]!.goals).toEqual(
      expect.arrayContaining([{ goalId: c.goals[0], status: 'done', comment: 'Alle avdelinger, også Hanamyr' }]),
    );
    // Still editable after sending, until the deadline.
    await saveContribution(db, editor.userId, upcoming.meetingId, {
      organisationId: world.org1,
      answers: [{ promptId: c.textPrompt, text: 'Vi ansatte en erfaringsmedarbeider.' }],
      goals: [],
    });

    await setAnswerPresent(db, world.userIds.coordinator, upcoming.meetingId, table.answers[0]!.answerId, true);
    await expect(
      setAnswerPresent(
        db,
        world.userIds.coordinator,
        world.contributions.held.meetingId,
        table.answers[0]!.answerId,
        true,
      ),
    ).rejects.toMatchObject({ kind: 'notFound' });
    const audit = await db.auditEntry.findMany({ where: { entity: 'meetingContribution' }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(['update', 'update']);

    const { csv, filename } = await contributionsCsv(db, { id: upcoming.meetingId, slug: upcoming.slug }, 'nb');
    expect(filename).toBe('innspill-fagsamling-var.csv');
    expect(csv).toContain(
      'Kommune én,Sendt,2,Status for nettverkets mål,Alle har gjennomført recoverysamling,Gjennomført,"Alle avdelinger, også Hanamyr",Ja\r\n',
    );
    expect(csv).toContain(',Vi ansatte en erfaringsmedarbeider.,,\r\n');

    // Once the deadline has passed, nothing more is written, with a translated message.
    await db.contributionCall.update({
      where: { meetingId: upcoming.meetingId },
      data: { deadline: new Date(Date.now() - 1000) },
    });
    const input = { meetingId: upcoming.meetingId, organisationId: world.org1, answers: [], goals: [] };
    const res = await httpCall(db, 'web', {
      path: 'meetings.contributions.save',
      type: 'mutation',
      input,
      sessionToken: world.tokens.editor.web,
      locale: 'nn',
    });
    expect(res.status).toBe(409);
    // The editor's own language (nb) decides over the request's.
    expect(res.body.error?.message).toBe(translate('nb', 'meetings.contributions.closed'));
    await expect(sendContribution(db, editor.userId, upcoming.meetingId, world.org1)).rejects.toMatchObject({
      key: 'meetings.contributions.closed',
    });
  });

  test('after the meeting the sent contributions are shared, without the coordinator’s marks', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    await expect(sharedContributions(db, await scope(world.meetings.upcoming.meetingId))).rejects.toMatchObject({
      key: 'meetings.contributions.notShared',
    });
    const shared = await sharedContributions(db, await scope(world.contributions.held.meetingId));
    expect(shared.sentCount).toBe(1);
    const [text] = shared.prompts;
    expect(text!.answers).toEqual([
      { organisation: { id: world.org1, name: 'Kommune én' }, text: 'Studentene inspirerte til matlaging.', goals: [] },
    ]);
    const member = await loadActor(db, { id: world.userIds.member, isAdmin: false });
    expect(
      (await contributionOverview(db, member, await scope(world.contributions.held.meetingId))).canReadShared,
    ).toBe(true);
  });

  test('the reminder kind is a meetings notification (the person’s choice for meetings applies)', () => {
    expect(categoryOfKind('meeting.contribution.reminder')).toBe('meetings');
  });
});
