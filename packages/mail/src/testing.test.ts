import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { composeMail } from './compose.ts';
import { type TestSmtpServer, ENVELOPE_TO_HEADER, parseMail, startTestSmtpServer } from './testing.ts';
import { createMailer } from './transport.ts';

let smtp: TestSmtpServer | null = null;
let dir = '';
afterEach(async () => {
  await smtp?.close();
  smtp = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const mail = (to: string, subject: string) =>
  composeMail(
    {
      id: `id-${subject}`,
      to,
      subject,
      body: 'Hei.\n\nLenkja: https://knutepunkt.example/nytt-passord?token=abc',
      locale: 'nn',
      siteUrl: 'https://knutepunkt.example',
      settingsUrl: 'https://knutepunkt.example/min-side#varsler',
      unsubscribe: null,
    },
    'varsler@test.knutepunkt.no',
  );

test('with a folder, every accepted message is written there in order, whole, with its envelope; refused ones are not', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knutepunkt-smtp-test-'));
  const folder = path.join(dir, 'mail');
  smtp = await startTestSmtpServer({ dir: folder });
  const mailer = createMailer(smtp.settings());
  try {
    await mailer.send(mail('kari@example.org', 'Fyrste'));
    smtp.replies.push({ code: 550, message: 'Mailbox unavailable' });
    await expect(mailer.send(mail('ola@example.org', 'Avvist'))).rejects.toMatchObject({ responseCode: 550 });
    await mailer.send(mail('ola@example.org', 'Andre'));
  } finally {
    mailer.close();
  }
  const files = fs.readdirSync(folder).sort();
  expect(files).toHaveLength(2);
  expect(files.every((name) => /^\d{13}-\d{6}\.eml$/.test(name))).toBe(true);
  const parsed = await Promise.all(files.map((name) => parseMail(fs.readFileSync(path.join(folder, name)))));
  expect(parsed.map((m) => m.subject)).toEqual(['Fyrste', 'Andre']);
  expect(parsed[1]!.headers.get(ENVELOPE_TO_HEADER.toLowerCase())).toBe('ola@example.org');
  expect(parsed[0]!.text).toContain('https://knutepunkt.example/nytt-passord?token=abc');
  expect(parsed[0]!.html).toContain('lang="nn"');
});

test('a port in use is an error, not a server that never listens', async () => {
  smtp = await startTestSmtpServer();
  await expect(startTestSmtpServer({ port: smtp.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
});
