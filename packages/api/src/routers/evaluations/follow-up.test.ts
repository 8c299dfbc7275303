import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { adminCaller, contextFor, outcomeOf, webCaller } from '../../testing/caller.ts';
import { type Role, type World, createWorld } from '../../testing/world.ts';

/** The public report and the follow-up of its recommendations (docs/adr/0025), on a real database. */
describe.each(testDatabases())('evaluations: public report and follow-up on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  const web = async (role: Role) => webCaller(await contextFor(handle!.db, 'web', world, role));
  const admin = async (role: Role) => adminCaller(await contextFor(handle!.db, 'admin', world, role));

  test('a round the lead asked for before it was due is the one the next status answers', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { evaluationId, recommendationId } = world.evaluations.published;
    // Published today: the 6-month round is months away when the lead asks for it now.
    await handle.db.evaluationFollowUpRound.updateMany({
      where: { evaluationId },
      data: { dueAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    expect((await (await admin('lead')).evaluations.requestFollowUpNow({ evaluationId, months: 6 })).months).toBe(6);
    const contact = await web('serviceContact');
    const view = await contact.evaluations.followUp({ evaluationId });
    expect(view.askedRound).toBe(6);
    expect(view.recommendations[0]!.roundToAnswer).toBe(6);
    expect((await contact.evaluations.giveStatus({ recommendationId, status: 'done', comment: '' })).round).toBe(6);
  });

  test('the public report: the frozen report with live responses; 404 for what is not published; no raw data', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const anonymous = await web('anonymous');
    const { slug, recommendationId } = world.evaluations.published;
    const answer = await anonymous.evaluations.report({ slug });
    expect(answer.report.title).toBe('Brukerevaluering av dagsenteret');
    expect(answer.followUpClosed).toBe(false);
    expect(answer.recommendations).toMatchObject([
      { id: recommendationId, response: 'agreed', responsible: 'Leder for dagsenteret', statuses: [] },
    ]);
    // The evaluation in data collection has a slug, but no public page; neither has an unknown slug.
    const collecting = await handle.db.evaluation.findUniqueOrThrow({
      where: { id: world.evaluations.collecting.evaluationId },
      select: { slug: true },
    });
    for (const s of [collecting.slug, 'finnes-ikke'])
      expect(await outcomeOf(anonymous.evaluations.report({ slug: s }))).toMatch(/^NOT_FOUND/);
    const list = await anonymous.evaluations.reports();
    expect(list.map((r) => r.slug)).toEqual([slug]);
    expect(list[0]).toMatchObject({ service: 'Tjenesten fire', language: 'nb' });
    const json = JSON.stringify([answer, list]);
    expect(json).not.toContain(world.evaluations.collecting.noteText);
    expect(json).not.toContain('v1.'); // no sealed value either
  });

  test('only the service contacts respond and give status; a status answers the round asked for once', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { recommendationId, evaluationId, slug } = world.evaluations.published;
    const response = {
      recommendationId,
      response: 'partly' as const,
      plannedAction: 'Kveld én dag',
      responsible: 'Leder',
    };
    for (const role of ['lead', 'admin', 'teamMember', 'editor'] as const) {
      expect(await outcomeOf((await web(role)).evaluations.respondToRecommendation(response)), role).toMatch(
        /^NOT_FOUND/,
      );
      expect(
        await outcomeOf((await web(role)).evaluations.giveStatus({ recommendationId, status: 'done', comment: '' })),
        role,
      ).toMatch(/^NOT_FOUND/);
    }
    const contact = await web('serviceContact');
    await contact.evaluations.respondToRecommendation(response);
    const row = await handle.db.evaluationRecommendation.findUniqueOrThrow({ where: { id: recommendationId } });
    expect(row).toMatchObject({
      response: 'partly',
      plannedAction: 'Kveld én dag',
      respondedById: world.userIds.serviceContact,
    });

    // Before any request, a status belongs to no round.
    const first = await contact.evaluations.giveStatus({ recommendationId, status: 'not_started', comment: 'Venter' });
    expect(first.round).toBeNull();
    // The 6-month round has been asked for: the next status answers it, the one after does not.
    await handle.db.evaluationFollowUpRound.update({
      where: { evaluationId_months: { evaluationId, months: 6 } },
      data: { requestedAt: new Date('2026-11-01T10:00:00Z') },
    });
    const view = await contact.evaluations.followUp({ evaluationId });
    expect(view.askedRound).toBe(6);
    expect(view.canAnswer).toBe(true);
    expect(view.recommendations[0]!.roundToAnswer).toBe(6);
    expect(
      (await contact.evaluations.giveStatus({ recommendationId, status: 'in_progress', comment: 'Startet' })).round,
    ).toBe(6);
    expect(
      (await contact.evaluations.giveStatus({ recommendationId, status: 'in_progress', comment: '' })).round,
    ).toBeNull();
    // The lead reads along but may not answer.
    expect((await (await web('lead')).evaluations.followUp({ evaluationId })).canAnswer).toBe(false);

    const audit = await handle.db.auditEntry.count({
      where: { entity: 'evaluationRecommendation', entityId: recommendationId },
    });
    expect(audit).toBe(4);
    // The public page: the current status first, then the history.
    const pub = await (await web('anonymous')).evaluations.report({ slug });
    expect(pub.recommendations[0]!.statuses.map((s) => [s.status, s.round])).toEqual([
      ['in_progress', null],
      ['in_progress', 6],
      ['not_started', null],
    ]);
  });

  test('closing the follow-up: published → closed, the public page says so, answers are refused', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { evaluationId, recommendationId, slug } = world.evaluations.published;
    const overview = await (await admin('lead')).evaluations.followUpOverview({ evaluationId });
    expect(overview.rounds.map((r) => [r.months, r.dueAt])).toEqual([
      [6, '2026-10-31T23:00:00.000Z'],
      [12, '2027-04-30T22:00:00.000Z'],
    ]);
    expect(overview.recommendations[0]!.response).toBe('agreed');
    expect(await (await admin('lead')).evaluations.closeFollowUp({ evaluationId })).toEqual({
      from: 'published',
      to: 'closed',
    });
    const row = await handle.db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(row.phase).toBe('closed');
    expect(row.closedAt).not.toBeNull();
    expect((await (await web('anonymous')).evaluations.report({ slug })).followUpClosed).toBe(true);
    expect((await (await web('anonymous')).evaluations.reports()).map((r) => r.slug)).toEqual([slug]);
    const contact = await web('serviceContact');
    expect(await outcomeOf(contact.evaluations.giveStatus({ recommendationId, status: 'done', comment: '' }))).toMatch(
      /^CONFLICT/,
    );
    expect((await contact.evaluations.followUp({ evaluationId })).canAnswer).toBe(false);
    // Closed once; closing again is refused with a message.
    expect(await outcomeOf((await admin('lead')).evaluations.closeFollowUp({ evaluationId }))).toMatch(/^CONFLICT/);
  });
});
