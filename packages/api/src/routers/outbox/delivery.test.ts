import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { type Jobs, startJobs } from '@knutepunkt/jobs';
import { type Mailer, createMailer } from '@knutepunkt/mail';
import { type TestSmtpServer, parseMail, startTestSmtpServer } from '@knutepunkt/mail/testing';
import {
  type DeliveryDeps,
  SEND_EVERYTHING,
  TryAgainLater,
  deliverOutboxMessage,
  mailSendJob,
  setOutboxQueue,
  sweepOutbox,
} from './delivery.ts';
import { type DeliveryPolicy, createPreferencePolicy } from '../notifications/policy.ts';
import { notify } from './service.ts';

const WEB = 'https://knutepunkt.example.no';

async function until(check: () => boolean | Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.each(testDatabases())('e-mail delivery of the outbox on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  let deps: DeliveryDeps;
  let userId: string;

  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    smtp = await startTestSmtpServer();
    mailer = createMailer(smtp.settings());
    deps = { db: handle.db, mailer, from: 'varsler@test.knutepunkt.no', webUrl: WEB, policy: SEND_EVERYTHING };
    const user = await handle.db.user.create({
      data: { email: 'kari@test.knutepunkt.no', name: 'Kari', passwordHash: 'x', locale: 'nn' },
    });
    userId = user.id;
  });
  afterEach(() => {
    if (!handle) return;
    smtp.received.length = 0;
    smtp.replies.length = 0;
  });
  afterAll(async () => {
    setOutboxQueue(null);
    mailer?.close();
    await smtp?.close();
    await handle?.close();
  });

  const write = async (
    body = 'Hei Kari.\n\nEksempelet «Ein god praksis» er publisert: https://knutepunkt.example.no/praksis/a?b=1&c=2.',
  ) => {
    const row = await handle!.db.outboxMessage.create({
      data: {
        userId,
        toEmail: 'kari@test.knutepunkt.no',
        subject: 'Publisert <no>',
        body,
        kind: 'practice.published',
        locale: 'nn',
        status: 'waiting',
      },
    });
    return row.id;
  };

  test('sends the message in the recipient’s language with a text and an accessible HTML part', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const id = await write();
    expect(await deliverOutboxMessage(deps, id)).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['kari@test.knutepunkt.no']);
    const mail = await parseMail(smtp.received[0]!.raw);
    expect(mail.from?.value).toEqual([{ name: 'Knutepunkt', address: 'varsler@test.knutepunkt.no' }]);
    expect(mail.subject).toBe('Publisert <no>');
    expect(mail.messageId).toBe(`<${id}@test.knutepunkt.no>`);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    expect(mail.text).toContain('Eksempelet «Ein god praksis» er publisert');
    expect(mail.text).toContain(`Vel kva varsel du får på e-post: ${WEB}/min-side#varsler`);
    expect(mail.text).toContain(`Sendt frå Knutepunkt: ${WEB}`);
    const html = String(mail.html);
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('<title>Publisert &lt;no&gt;</title>');
    expect(html).toContain('<p>Hei Kari.</p>');
    expect(html).toContain(
      '<a href="https://knutepunkt.example.no/praksis/a?b=1&amp;c=2">https://knutepunkt.example.no/praksis/a?b=1&amp;c=2</a>.',
    );
    expect(html).toContain(`<a href="${WEB}/min-side#varsler">Vel kva varsel du får på e-post</a>`);
    const row = await handle.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: null,
      messageId: `<${id}@test.knutepunkt.no>`,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    // Sent once: a second run finds nothing to do.
    expect(await deliverOutboxMessage(deps, id)).toBe('nothing to do');
    expect(smtp.received).toHaveLength(1);
  });

  test('adds List-Unsubscribe (RFC 8058) when the policy gives a way out, and obeys digest and none', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const plans: Record<string, 'now' | 'digest' | 'none'> = {};
    const policy: DeliveryPolicy = {
      plan: async ({ kind }) => plans[kind] ?? 'now',
      unsubscribe: async ({ kind }) => ({
        url: `${WEB}/min-side#varsler`,
        oneClickUrl: `${WEB}/api/avmeld/${kind}?t=x`,
      }),
    };
    const id = await write();
    expect(await deliverOutboxMessage({ ...deps, policy }, id)).toBe('sent');
    const raw = smtp.received[0]!.raw.replace(/\r\n[ \t]+/g, ' '); // headers unfolded
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(raw).toContain(`List-Unsubscribe: <${WEB}/api/avmeld/practice.published?t=x>`);

    plans['practice.published'] = 'digest';
    const digest = await write();
    expect(await deliverOutboxMessage({ ...deps, policy }, digest)).toBe('digest');
    plans['practice.published'] = 'none';
    const none = await write();
    expect(await deliverOutboxMessage({ ...deps, policy }, none)).toBe('skipped');
    expect(smtp.received).toHaveLength(1);
    const states = await handle.db.outboxMessage.findMany({
      where: { id: { in: [digest, none] } },
      select: { status: true },
    });
    expect(states.map((s) => s.status).sort()).toEqual(['digest', 'skipped']);
  });

  test('with the people’s own choices: a one-click unsubscribe for practice e-mail, none for security messages', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const policy = createPreferencePolicy(handle.db, { web: WEB, admin: WEB }, { secret: 'x'.repeat(40) });
    const id = await write();
    expect(await deliverOutboxMessage({ ...deps, policy }, id)).toBe('sent');
    const raw = smtp.received[0]!.raw.replace(/\r\n[ \t]+/g, ' ');
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/knutepunkt\.example\.no\/varsler\/avmeld\?t=[^>]+>\r?$/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const security = await handle.db.outboxMessage.create({
      data: {
        userId,
        toEmail: 'kari@test.knutepunkt.no',
        subject: 'Passord',
        body: 'Hei.',
        kind: 'account.passwordReset',
        locale: 'nn',
        status: 'waiting',
      },
    });
    expect(await deliverOutboxMessage({ ...deps, policy }, security.id)).toBe('sent');
    expect(smtp.received[1]!.raw).not.toMatch(/^List-Unsubscribe/m);
  });

  test('a 4xx answer is tried again; a 5xx is recorded as failed with its reply', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const id = await write();
    smtp.replies.push({ code: 451, message: 'Try again later, greylisted' });
    await expect(deliverOutboxMessage(deps, id)).rejects.toBeInstanceOf(TryAgainLater);
    expect(await handle.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'waiting',
      attempts: 1,
      lastError: '451 Try again later, greylisted',
    });
    expect(await deliverOutboxMessage(deps, id)).toBe('sent');
    expect(await handle.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
    });

    const refused = await write();
    smtp.replies.push({ code: 550, message: 'Mailbox unavailable' });
    expect(await deliverOutboxMessage(deps, refused)).toBe('failed');
    expect(await handle.db.outboxMessage.findUniqueOrThrow({ where: { id: refused } })).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: '550 Mailbox unavailable',
    });
    expect(smtp.received).toHaveLength(1);
  });

  test('no answer at all (connection refused) is temporary', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const closed = createMailer({ ...smtp.settings(), port: 1 });
    const id = await write();
    await expect(deliverOutboxMessage({ ...deps, mailer: closed }, id)).rejects.toBeInstanceOf(TryAgainLater);
    closed.close();
    expect(await handle.db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'waiting' });
    expect(await deliverOutboxMessage(deps, id)).toBe('sent');
  });

  test('through the queue: notify() queues in its transaction, a 4xx is retried by the queue to success', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    await handle.db.outboxMessage.deleteMany();
    const jobs: Jobs = await startJobs({
      handle,
      pollingIntervalSeconds: 0.5,
      jobs: [{ ...mailSendJob(deps), retry: { limit: 3, delaySeconds: 1, backoff: false } }],
      schedules: [],
    });
    setOutboxQueue(jobs);
    try {
      smtp.replies.push({ code: 421, message: 'Service not available, closing channel' });
      await handle.db.$transaction((tx) =>
        notify(tx, [{ id: userId, email: 'kari@test.knutepunkt.no', locale: 'en' }], {
          kind: 'practice.published',
          subject: 'practice.mail.published.subject',
          body: 'practice.mail.published.body',
          params: { title: 'A practice', url: `${WEB}/praksis/a` },
        }),
      );
      // Rolled back: no row, no job.
      await expect(
        handle.db.$transaction(async (tx) => {
          await notify(tx, [{ id: userId, email: 'kari@test.knutepunkt.no', locale: 'nb' }], {
            kind: 'test',
            subject: 'practice.mail.published.subject',
            body: 'practice.mail.published.body',
            params: { title: 'Rulles tilbake', url: WEB },
          });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await until(() => smtp.received.length === 1);
      const [row] = await handle.db.outboxMessage.findMany();
      expect(row).toMatchObject({ status: 'sent', attempts: 2, locale: 'en' });
      const mail = await parseMail(smtp.received[0]!.raw);
      expect(String(mail.html)).toContain('<html lang="en">');
      expect(mail.text).toContain('Choose which notifications you get by e-mail');
      // The sweeper finds nothing left to queue.
      expect(await sweepOutbox(handle.db, jobs)).toBe(0);
    } finally {
      setOutboxQueue(null);
      await jobs.stop({ graceful: false });
    }
  });
});
