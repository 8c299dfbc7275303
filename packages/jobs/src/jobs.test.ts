import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DbHandle, applyMigrations } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { cleanUp } from './clean-up.ts';
import { JOBS_SCHEMA, type Jobs, startJobs } from './jobs.ts';

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.each(testDatabases())('the job queue on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let jobs: Jobs | undefined;
  const seen: number[] = [];
  let failuresLeft = 2;

  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    jobs = await startJobs({
      handle,
      pollingIntervalSeconds: 0.5,
      schedules: [],
      jobs: [
        {
          name: 'test.record',
          retry: { limit: 0, delaySeconds: 1, backoff: false },
          handler: async (data: { n: number }) => void seen.push(data.n),
        },
        {
          name: 'test.flaky',
          retry: { limit: 3, delaySeconds: 1, backoff: false },
          handler: async (data: { n: number }) => {
            if (failuresLeft-- > 0) throw new Error('not yet');
            seen.push(data.n);
          },
        },
        {
          name: 'test.once',
          policy: 'exclusive',
          retry: { limit: 0, delaySeconds: 1, backoff: false },
          handler: async () => undefined,
        },
      ],
    });
  });
  afterAll(async () => {
    await jobs?.stop({ graceful: false });
    await handle?.close();
  });

  test('runs every job sent, and retries a failing one until it succeeds', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    for (let n = 0; n < 20; n++) await jobs!.send('test.record', { n });
    await jobs!.send('test.flaky', { n: 100 });
    await until(() => seen.length === 21);
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array.from({ length: 20 }, (_, n) => n), 100]);
  });

  test('an exclusive queue holds one job per key', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const first = await jobs!.send('test.once', {}, { singletonKey: 'k1', startAfterSeconds: 60 });
    const second = await jobs!.send('test.once', {}, { singletonKey: 'k1', startAfterSeconds: 60 });
    expect(first).toBeTruthy();
    expect(second).toBeNull();
  });

  test('a job sent inside a transaction that rolls back is not queued', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await expect(
      handle.db.$transaction(async (tx) => {
        await jobs!.send('test.record', { n: 999 }, { tx });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await handle.db.$transaction(async (tx) => void (await jobs!.send('test.record', { n: 500 }, { tx })));
    await until(() => seen.includes(500));
    expect(seen).not.toContain(999);
  });

  test('the migrations leave the pgboss schema alone, and the schema is there', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(await applyMigrations(handle)).toEqual({ applied: [] });
    const [row] = await handle.db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = '${JOBS_SCHEMA}'`,
    );
    expect(Number(row!.n)).toBeGreaterThan(0);
  });

  test('the clean-up deletes expired sessions and stale throttles, and keeps live ones', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const now = new Date('2026-06-01T12:00:00Z');
    const user = await handle.db.user.create({ data: { email: 'c@test.knutepunkt.no', name: 'C', passwordHash: 'x' } });
    await handle.db.session.createMany({
      data: [
        { id: 'old', userId: user.id, app: 'web', expiresAt: new Date(now.getTime() - 1000) },
        { id: 'live', userId: user.id, app: 'web', expiresAt: new Date(now.getTime() + 1000) },
      ],
    });
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    await handle.db.signInThrottle.createMany({
      data: [
        { key: 'stale', failures: 3, windowStart: ago(60) },
        { key: 'recent', failures: 3, windowStart: ago(5) },
        { key: 'locked', failures: 6, windowStart: ago(60), lockedUntil: new Date(now.getTime() + 60_000) },
      ],
    });
    expect(await cleanUp(handle.db, now)).toEqual({ 'expired sessions': 1, 'stale sign-in throttles': 1 });
    expect((await handle.db.session.findMany()).map((s) => s.id)).toEqual(['live']);
    expect((await handle.db.signInThrottle.findMany({ orderBy: { key: 'asc' } })).map((t) => t.key)).toEqual([
      'locked',
      'recent',
    ]);
  });
});
