import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { TEST_URLS } from '../../testing/world-per-database.ts';
import { type World, createWorld } from '../../testing/world.ts';
import { sendContributionReminders } from './contributions-reminders.ts';
import { saveContribution } from './contributions-writing.ts';

/**
 * Two editors of one organisation saving at the same moment, and the reminder job run by
 * two server instances at once. On PostgreSQL through two clients with pools of their own.
 */
describe.each(testDatabases())('contributions at the same moment on $name', ({ name, open, skipReason }) => {
  const openClients = concurrentClients({ name, open });
  async function clients(): Promise<{ dbs: Db[]; world: World } | null> {
    const dbs = await openClients();
    if (!dbs) return null;
    return { dbs, world: await createWorld(dbs[0]!) };
  }

  async function secondEditor(db: Db, world: World) {
    const user = await db.user.create({
      data: { email: 'andre.redaktor@test.knutepunkt.no', name: 'Andre redaktør', passwordHash: 'x', locale: 'en' },
    });
    await db.membership.create({
      data: { userId: user.id, organisationId: world.org1, role: 'EDITOR', status: 'APPROVED', decidedAt: new Date() },
    });
    return user.id;
  }

  test('two editors saving different answers at once: no answer is lost, one contribution', async (ctx) => {
    const set = await clients();
    if (!set) return ctx.skip(skipReason);
    const { dbs, world } = set;
    const db = dbs[0]!;
    const { upcoming } = world.meetings;
    const c = world.contributions;
    const other = await secondEditor(db, world);
    // From nothing, so both also race to make the contribution's row.
    await db.meetingContribution.deleteMany({ where: { meetingId: upcoming.meetingId } });

    const rounds = 15;
    await Promise.all(
      Array.from({ length: rounds }, (_, i) => [
        saveContribution(dbs[0]!, world.userIds.editor, upcoming.meetingId, {
          organisationId: world.org1,
          answers: [{ promptId: c.textPrompt, text: `Tekst ${i}` }],
          goals: [],
        }),
        saveContribution(dbs[dbs.length - 1]!, other, upcoming.meetingId, {
          organisationId: world.org1,
          answers: [],
          goals: [{ goalId: c.goals[i % 2]!, status: 'in_progress', comment: `Kommentar ${i}` }],
        }),
      ]).flat(),
    );

    const rows = await db.meetingContribution.findMany({
      where: { meetingId: upcoming.meetingId },
      include: { answers: true, goalAnswers: true },
    });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.answers.find((a) => a.promptId === c.textPrompt)?.text).toMatch(/^Tekst \d+$/);
    // Both goals answered by the second editor survive the first editor's saves.
    expect(row!.goalAnswers.map((g) => g.goalId).sort()).toEqual([...c.goals].sort());
    expect(row!.goalAnswers.every((g) => g.status === 'in_progress' && g.comment.startsWith('Kommentar'))).toBe(true);
    expect(await db.auditEntry.count({ where: { entity: 'meetingContribution', action: 'create' } })).toBe(1);
  }, 120_000);

  test('the week-before reminder: once per organisation and meeting, to its editors, even run twice at once', async (ctx) => {
    const set = await clients();
    if (!set) return ctx.skip(skipReason);
    const { dbs, world } = set;
    const db = dbs[0]!;
    const { upcoming } = world.meetings;
    const other = await secondEditor(db, world);
    // A second member organisation that has sent its contribution: not reminded.
    const sentOrg = await db.organisation.create({
      data: { slug: 'kommune-fire', name: 'Kommune fire', type: 'MUNICIPALITY', county: '50' },
    });
    await db.networkMember.create({ data: { networkId: world.network1, organisationId: sentOrg.id } });
    await db.meetingContribution.create({
      data: { meetingId: upcoming.meetingId, organisationId: sentOrg.id, status: 'sent', sentAt: new Date() },
    });

    // Twenty days before the deadline: too early.
    expect((await sendContributionReminders(db, TEST_URLS)).reminded).toBe(0);
    await db.contributionCall.update({
      where: { meetingId: upcoming.meetingId },
      data: { deadline: new Date(Date.now() + 5 * 86_400_000) },
    });

    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, i) => sendContributionReminders(dbs[i % dbs.length]!, TEST_URLS)),
    );
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(1);
    const mails = await db.outboxMessage.findMany({
      where: { kind: 'meeting.contribution.reminder' },
      select: { userId: true, subject: true, body: true },
    });
    expect(mails.map((m) => m.userId).sort()).toEqual([world.userIds.editor, other].sort());
    const english = mails.find((m) => m.userId === other)!;
    expect(english.subject).toBe('Reminder: contribution to “Møte fagsamling-var”');
    expect(english.body).toContain('Kommune én has not sent');
    expect(english.body).toContain('https://knutepunkt.example/moter/fagsamling-var/innspill');
    expect((await sendContributionReminders(db, TEST_URLS)).reminded).toBe(0);
  }, 120_000);
});
