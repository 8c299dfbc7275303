import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { cleanUpSchedule } from './schedules/clean-up.ts';

const HOUR = 3_600_000;

/** The nightly clean-up as the queue runs it: what has run out goes, what has not stays. */
describe.each(testDatabases())('the nightly clean-up on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(async () => handle?.close());

  test('expired sessions, reset tokens, sign-in flows and their e-mail links go; live ones stay', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { db } = handle;
    const past = new Date(Date.now() - HOUR);
    const future = new Date(Date.now() + HOUR);
    const user = await db.user.create({ data: { email: 'rydd@test.knutepunkt.no', name: 'Rydd', passwordHash: 'x' } });
    for (const [id, expiresAt] of [
      ['old', past],
      ['live', future],
    ] as const) {
      await db.session.create({ data: { id: `session-${id}`, userId: user.id, app: 'web', expiresAt } });
      await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: `reset-${id}`, expiresAt } });
      await db.signInFlow.create({ data: { id: `flow-${id}`, providerId: 'test', expiresAt } });
      await db.signInEmailLink.create({
        data: { tokenHash: `link-${id}`, flowId: `flow-${id}`, email: 'rydd@test.knutepunkt.no', expiresAt },
      });
    }

    await cleanUpSchedule.handler({ db, send: async () => null });

    expect((await db.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual(['session-live']);
    expect((await db.passwordResetToken.findMany()).map((t) => t.tokenHash)).toEqual(['reset-live']);
    expect((await db.signInFlow.findMany()).map((f) => f.id)).toEqual(['flow-live']);
    expect((await db.signInEmailLink.findMany()).map((l) => l.tokenHash)).toEqual(['link-live']);
  });

  test('a meeting’s sensitive answers go its number of days after it ended; counts stay', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const { db } = handle;
    const DAY = 24 * HOUR;
    const user = await db.user.create({ data: { email: 'deltar@test.knutepunkt.no', name: 'Deltar', passwordHash: 'x' } });
    const network = await db.network.create({ data: { slug: 'rydd', name: 'Rydd' } });
    const meeting = (slug: string, endedDaysAgo: number) =>
      db.meeting.create({
        data: {
          networkId: network.id,
          slug,
          title: slug,
          startsAt: new Date(Date.now() - endedDaysAgo * DAY - HOUR),
          endsAt: new Date(Date.now() - endedDaysAgo * DAY),
          status: 'held',
          sensitiveRetentionDays: 30,
          registrations: {
            create: { userId: user.id, status: 'confirmed', position: 1, needs: { create: { dietary: 'Vegetar' } } },
          },
        },
      });
    const old = await meeting('gammel', 31);
    const recent = await meeting('nylig', 29);

    await cleanUpSchedule.handler({ db, send: async () => null });

    const after = await db.meeting.findMany({ orderBy: { slug: 'asc' }, include: { registrations: { include: { needs: true } } } });
    expect(after.map((m) => [m.slug, m.registrations[0]!.needs?.dietary ?? null])).toEqual([
      ['gammel', null],
      ['nylig', 'Vegetar'],
    ]);
    expect(after.find((m) => m.id === old.id)!.sensitiveCounts).toMatchObject({ confirmed: 1, dietary: 1 });
    expect(after.find((m) => m.id === recent.id)!.sensitiveErasedAt).toBeNull();
  });
});
