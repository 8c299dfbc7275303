import { describe, expect, test } from 'vitest';
import type { Db } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { DEFAULT_SITE_URLS } from '../../context.ts';
import { concurrentClients } from '../../testing/concurrent-clients.ts';
import { createWorld } from '../../testing/world.ts';
import { JOB_MEETING, createJobMeeting } from './jobs-testing.ts';
import { sendDeadlineNotices, sendMeetingReminders } from './reminders.ts';
import { eraseExpiredSensitiveAnswers } from './retention.ts';

/**
 * Two servers running the same job at the same moment (pg-boss runs a schedule once, but a
 * retried or overlapping run must not send twice): on PostgreSQL through two clients with
 * pools of their own, on PGlite through the one embedded database.
 */
const urls = DEFAULT_SITE_URLS;
const DAY = 86_400_000;

describe.each(testDatabases())('the meetings’ jobs run twice at once on $name', ({ name, open, skipReason }) => {
  const clients = concurrentClients({ name, open });

  test('one reminder per person, one summary per coordinator, one deletion per meeting', async (ctx) => {
    const dbs = await clients();
    if (!dbs) return ctx.skip(skipReason);
    const [db, other] = [dbs[0]!, dbs[dbs.length - 1]!];
    const world = await createWorld(db);
    await db.meeting.deleteMany(); // the world's, set by today's date: long over by 2031
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.user.create({ data: { email: `p${i}@test.knutepunkt.no`, name: `P ${i}`, passwordHash: 'x' } }),
      ),
    );
    const meetings: string[] = [];
    for (let m = 0; m < 4; m++) {
      meetings.push(
        await createJobMeeting(
          db,
          world.network1,
          people.map((p, i) => ({ userId: p.id, status: i < 8 ? 'confirmed' : 'waiting', dietary: 'Vegetar' })),
          { slug: `samling-${m}` },
        ),
      );
    }
    const runTwice = <T>(run: (db: Db) => Promise<T>) => Promise.all([run(db), run(other), run(db), run(other)]);

    const reminded = await runTwice((d) =>
      sendMeetingReminders(d, urls, new Date(JOB_MEETING.startsAt.getTime() - DAY)),
    );
    expect(reminded.flat().sort()).toEqual([...meetings].sort());
    expect(await db.outboxMessage.count({ where: { kind: 'meeting.reminder' } })).toBe(4 * 12);
    const perPerson = await db.outboxMessage.groupBy({
      by: ['userId'],
      where: { kind: 'meeting.reminder' },
      _count: true,
    });
    expect(perPerson.every((p) => p._count === 4)).toBe(true);

    const told = await runTwice((d) => sendDeadlineNotices(d, urls, JOB_MEETING.registrationDeadline));
    expect(told.flat().sort()).toEqual([...meetings].sort());
    const coordinators = await db.networkCoordinator.count({ where: { networkId: world.network1 } });
    expect(coordinators).toBeGreaterThan(0);
    expect(await db.outboxMessage.count({ where: { kind: 'meeting.deadlinePassed' } })).toBe(4 * coordinators);

    const deleted = await runTwice((d) =>
      eraseExpiredSensitiveAnswers(d, new Date(JOB_MEETING.endsAt.getTime() + 30 * DAY)),
    );
    expect(deleted.reduce((a, b) => a + b, 0)).toBe(4 * 12);
    expect(await db.auditEntry.count({ where: { entity: 'meeting', action: 'delete' } })).toBe(4);
  }, 120_000);
});
