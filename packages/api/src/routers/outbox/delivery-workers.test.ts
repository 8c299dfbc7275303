import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type Jobs, startJobs } from '@knutepunkt/jobs';
import { type Mailer, createMailer } from '@knutepunkt/mail';
import { type TestSmtpServer, startTestSmtpServer } from '@knutepunkt/mail/testing';
import { SEND_EVERYTHING, mailSendJob, setOutboxQueue } from './delivery.ts';
import { notify } from './service.ts';

// Whole batches through the real queue and a real SMTP server: each message
// arrives exactly once, with two workers at once and across a restart.

const N = 200;

async function until(check: () => boolean | Promise<boolean>, ms = 120_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(testDatabases())('outbox workers on $name', ({ name, open, skipReason }) => {
  let handle: DbHandle | null;
  let smtp: TestSmtpServer;
  const mailers: Mailer[] = [];
  const running: Jobs[] = [];
  const recipients: Array<{ id: string; email: string; locale: 'nb' }> = [];

  const worker = async () => {
    const mailer = createMailer(smtp.settings());
    mailers.push(mailer);
    const deps = {
      db: handle!.db,
      mailer,
      from: 'varsler@test.knutepunkt.no',
      webUrl: 'https://k.example.no',
      policy: SEND_EVERYTHING,
    };
    const jobs = await startJobs({
      handle: handle!,
      pollingIntervalSeconds: 0.5,
      jobs: [mailSendJob(deps)],
      schedules: [],
    });
    running.push(jobs);
    return jobs;
  };

  /** Write N notifications, N/10 per transaction, each queueing its job in that transaction. */
  const writeBatch = async (label: string) => {
    for (let i = 0; i < N / 10; i++) {
      await handle!.db.$transaction((tx) =>
        notify(tx, recipients, {
          kind: 'test',
          subject: 'practice.mail.published.subject',
          body: 'practice.mail.published.body',
          params: { title: `${label} ${i}`, url: 'https://k.example.no' },
        }),
      );
    }
  };

  const deliveredOnce = async () => {
    const ids = smtp.received.map((m) => /^Message-ID: <([^@>]+)@/im.exec(m.raw)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rows = await handle!.db.outboxMessage.findMany({ select: { id: true, status: true } });
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.id)));
  };

  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    smtp = await startTestSmtpServer();
    for (let i = 0; i < 10; i++) {
      const user = await handle.db.user.create({
        data: { email: `p${i}@test.knutepunkt.no`, name: `P${i}`, passwordHash: 'x' },
      });
      recipients.push({ id: user.id, email: user.email, locale: 'nb' });
    }
  });
  afterAll(async () => {
    setOutboxQueue(null);
    for (const jobs of running) await jobs.stop({ graceful: false });
    for (const mailer of mailers) mailer.close();
    await smtp?.close();
    await handle?.close();
  });

  test(`two workers on one database deliver ${N} messages, each exactly once`, async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    // PGlite is one process's embedded database: two workers on it is a PostgreSQL question.
    if (name === 'pglite') return ctx.skip('two server processes share PostgreSQL, not PGlite');
    const [a, b] = [await worker(), await worker()];
    setOutboxQueue(a);
    await writeBatch('to');
    await until(() => smtp.received.length >= N);
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would arrive now
    expect(smtp.received).toHaveLength(N);
    await deliveredOnce();
    setOutboxQueue(null);
    await Promise.all([a.stop({ graceful: true }), b.stop({ graceful: true })]);
    running.length = 0;
    smtp.received.length = 0;
    await handle.db.outboxMessage.deleteMany();
  });

  test(`a worker stopped in the middle of ${N} messages and started again loses none and sends none twice`, async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const first = await worker();
    setOutboxQueue(first);
    await writeBatch('omstart');
    await until(() => smtp.received.length >= N / 4);
    await first.stop({ graceful: true });
    running.length = 0;
    const stoppedAt = smtp.received.length;
    expect(stoppedAt).toBeLessThan(N);
    const second = await worker();
    setOutboxQueue(second);
    await until(() => smtp.received.length >= N);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received).toHaveLength(N);
    await deliveredOnce();
  });
});
