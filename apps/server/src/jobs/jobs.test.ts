import { afterAll, beforeAll, expect, test } from 'vitest';
import { currentOutboxQueue } from '@knutepunkt/api';
import { type TestSmtpServer, parseMail, startTestSmtpServer } from '@knutepunkt/mail/testing';
import { createMailer } from '@knutepunkt/mail';
import type { RunningServer } from '../server.ts';
import { startTestServer } from '../test-server.ts';
import { dailyDigestSchedule } from './schedules/daily-digest.ts';

let smtp: TestSmtpServer;
let server: RunningServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  server = await startTestServer({
    jobs: true,
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}?tls=none`, MAIL_FROM: 'varsler@test.knutepunkt.no' },
  });
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

test('the server runs the queue and sends a waiting outbox message through its SMTP server', async () => {
  expect(currentOutboxQueue()).not.toBeNull();
  const { db } = server.handle;
  const user = await db.user.findFirstOrThrow({ where: { email: 'nynorsk@demo.knutepunkt.no' } });
  const row = await db.outboxMessage.create({
    data: {
      userId: user.id,
      toEmail: user.email,
      subject: 'Hei',
      body: 'Hei på deg.',
      kind: 'test',
      locale: 'nn',
      status: 'waiting',
    },
  });
  await server.jobs.jobs!.send('mail.send', { id: row.id }, { singletonKey: row.id });
  const end = Date.now() + 20_000;
  while (smtp.received.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  expect(smtp.received.map((m) => m.to)).toEqual([['nynorsk@demo.knutepunkt.no']]);
  const mail = await parseMail(smtp.received[0]!.raw);
  // The footer links to the web listener's address (no PUBLIC_URL here) and its notification settings.
  expect(mail.text).toMatch(/Vel kva varsel du får på e-post: http:\/\/127\.0\.0\.1:\d+\/min-side#varsler/);
  expect((await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('sent');
});

test('the daily digest gathers the messages held for it into one e-mail in the person’s language', async () => {
  const { db } = server.handle;
  smtp.received.length = 0;
  const user = await db.user.findFirstOrThrow({ where: { email: 'nynorsk@demo.knutepunkt.no' } });
  await db.notificationChoice.create({ data: { userId: user.id, category: 'practice', choice: 'digest' } });
  await db.outboxMessage.create({
    data: {
      userId: user.id,
      toEmail: user.email,
      subject: 'Eksempelet er publisert',
      body: 'Sjå https://k.example.no/praksis/a',
      kind: 'practice.published',
      locale: 'nn',
      status: 'digest',
    },
  });
  const mailer = createMailer(smtp.settings());
  try {
    const schedule = dailyDigestSchedule({
      urls: { web: 'https://k.example.no', admin: 'https://admin.k.example.no' },
      mail: { mailer, from: 'varsler@test.knutepunkt.no' },
    });
    await schedule.handler({ db, send: server.jobs.jobs!.send });
  } finally {
    mailer.close();
  }
  expect(smtp.received.map((m) => m.to)).toEqual([['nynorsk@demo.knutepunkt.no']]);
  const mail = await parseMail(smtp.received[0]!.raw);
  expect(String(mail.html)).toContain('<html lang="nn">');
  expect(mail.text).toContain('Eksempelet er publisert');
  expect(mail.text).toContain('https://k.example.no/min-side#varsler');
});

test('closing the server stops the queue and e-mail with it', async () => {
  await server.close();
  expect(currentOutboxQueue()).toBeNull();
});
