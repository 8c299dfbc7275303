import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { requestFollowUpNow, sendFollowUpRequests } from './follow-up-requests.ts';

const urls = DEFAULT_SITE_URLS;
const DAY = 86_400_000;

/** The 6- and 12-month status requests (docs/adr/0025), with the clock passed in. */
describe.each(testDatabases())('evaluations: follow-up requests on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let world: World;
  beforeEach(async () => {
    handle = await open();
    if (handle) world = await createWorld(handle.db);
  });
  afterEach(async () => handle?.close());

  const requests = () =>
    handle!.db.outboxMessage.findMany({
      where: { kind: 'evaluation.followUp.request' },
      select: { userId: true, subject: true, body: true },
      orderBy: { createdAt: 'asc' },
    });

  // Published 2026-05-01T10:00Z: the rounds are due at midnight in Oslo on 1 November 2026
  // (winter time, +01:00) and 1 May 2027 (summer time, +02:00).
  const sixMonths = new Date('2026-10-31T23:00:00Z');
  const twelveMonths = new Date('2027-04-30T22:00:00Z');

  test('one request per round and contact, none before, in the contact’s language, with the link', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId } = world.evaluations.published;
    await db.user.update({ where: { id: world.userIds.serviceContact }, data: { locale: 'nn' } });

    expect((await sendFollowUpRequests(db, urls, new Date(sixMonths.getTime() - 1))).requested).toEqual([]);
    expect(await requests()).toEqual([]);

    expect((await sendFollowUpRequests(db, urls, sixMonths)).requested).toEqual([{ evaluationId, months: 6 }]);
    expect((await sendFollowUpRequests(db, urls, new Date(sixMonths.getTime() + DAY))).requested).toEqual([]);
    let sent = await requests();
    expect(sent.map((m) => m.userId)).toEqual([world.userIds.serviceContact]);
    expect(sent[0]!.subject).toBe('Status for tilrådingane: «Brukerevaluering av dagsenteret»');
    expect(sent[0]!.body).toContain('Det er no 6 månader sidan');
    expect(sent[0]!.body).toContain(`${urls.web}/mine-evalueringer/${evaluationId}/tjeneste`);

    expect((await sendFollowUpRequests(db, urls, twelveMonths)).requested).toEqual([{ evaluationId, months: 12 }]);
    sent = await requests();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toContain('12 månader');
    const rounds = await db.evaluationFollowUpRound.findMany({ where: { evaluationId }, orderBy: { months: 'asc' } });
    expect(rounds.map((r) => r.requestedAt)).toEqual([sixMonths, twelveMonths]);
  });

  test('the lead may ask before a round is due; the job then does not ask again', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId } = world.evaluations.published;
    const early = new Date('2026-06-01T10:00:00Z');
    await requestFollowUpNow(db, urls, { id: evaluationId, phase: 'published' }, 6, early);
    expect(await requests()).toHaveLength(1);
    await expect(requestFollowUpNow(db, urls, { id: evaluationId, phase: 'published' }, 6)).rejects.toMatchObject({
      key: 'evaluations.followUp.alreadyRequested',
    });
    expect((await sendFollowUpRequests(db, urls, sixMonths)).requested).toEqual([]);
    expect(await requests()).toHaveLength(1);
    await expect(requestFollowUpNow(db, urls, { id: evaluationId, phase: 'closed' }, 12)).rejects.toMatchObject({
      key: 'evaluations.phase.wrongPhase',
    });
  });

  test('a closed follow-up is not asked about; an evaluation published without rounds gets them', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const { evaluationId } = world.evaluations.published;
    await db.evaluationFollowUpRound.deleteMany({ where: { evaluationId } });
    await db.evaluation.update({ where: { id: evaluationId }, data: { phase: 'closed' } });
    expect((await sendFollowUpRequests(db, urls, twelveMonths)).requested).toEqual([]);
    await db.evaluation.update({ where: { id: evaluationId }, data: { phase: 'published' } });
    expect((await sendFollowUpRequests(db, urls, sixMonths)).requested).toEqual([{ evaluationId, months: 6 }]);
    expect(await db.evaluationFollowUpRound.count({ where: { evaluationId } })).toBe(2);
  });

  test('two runs at once send each request once', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const db = handle.db;
    const runs = await Promise.all([
      sendFollowUpRequests(db, urls, sixMonths),
      sendFollowUpRequests(db, urls, sixMonths),
      sendFollowUpRequests(db, urls, sixMonths),
    ]);
    expect(runs.flatMap((r) => r.requested)).toHaveLength(1);
    expect(await requests()).toHaveLength(1);
  });
});
