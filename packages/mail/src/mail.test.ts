import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type OutgoingMail, composeMail, textToHtml } from './compose.ts';
import { classifySmtpError, createMailer } from './transport.ts';
import { type TestSmtpServer, parseMail, startTestSmtpServer } from './testing.ts';

const base: OutgoingMail = {
  id: 'cm0abc',
  to: 'kari@test.knutepunkt.no',
  subject: 'Eksempelet ditt er publisert',
  body: 'Hei Kari.\nEksempelet «Tur & prat» er publisert: https://knutepunkt.example/praksis/tur.\n\n<b>Takk</b> for bidraget!',
  locale: 'nn',
  siteUrl: 'https://knutepunkt.example',
  settingsUrl: 'https://knutepunkt.example/min-side#varsler',
  unsubscribe: null,
};

describe('composeMail', () => {
  test('the HTML part escapes everything, keeps paragraphs and line breaks, and links addresses without their full stop', () => {
    const html = textToHtml(base.body);
    expect(html).toContain('&lt;b&gt;Takk&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Tur &amp; prat');
    expect(html).toContain(
      '<a href="https://knutepunkt.example/praksis/tur">https://knutepunkt.example/praksis/tur</a>.',
    );
    expect(html.match(/<p>/g)).toHaveLength(2);
    expect(html).toContain('<br>');
  });

  test("the footer is in the recipient's language, with the site and the settings page, in both parts", () => {
    const mail = composeMail(base, 'varsler@knutepunkt.example', new Date('2026-11-29T12:00:00Z'));
    expect(mail.html).toContain('<html lang="nn">');
    expect(mail.html).toContain('<a href="https://knutepunkt.example/min-side#varsler">');
    expect(mail.text).toContain('https://knutepunkt.example/min-side#varsler');
    expect(mail.from).toEqual({ name: 'Knutepunkt', address: 'varsler@knutepunkt.example' });
    expect(mail.messageId).toBe('<cm0abc@knutepunkt.example>');
    expect(mail.headers).toEqual({});
    const english = composeMail({ ...base, locale: 'en' }, 'varsler@knutepunkt.example');
    expect(english.html).toContain('<html lang="en">');
    expect(english.text).not.toBe(mail.text);
  });

  test('List-Unsubscribe and its one-click POST header come only with a way out', () => {
    const unsubscribe = {
      url: 'https://knutepunkt.example/varsler/avmeld?t=x',
      oneClickUrl: 'https://knutepunkt.example/varsler/avmeld?t=x',
    };
    const mail = composeMail({ ...base, unsubscribe }, 'varsler@knutepunkt.example');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://knutepunkt.example/varsler/avmeld?t=x>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.text).toContain(unsubscribe.url);
  });
});

describe('classifySmtpError', () => {
  test('5xx is permanent, 4xx and no answer are temporary; the reply is kept, cut short', () => {
    expect(classifySmtpError({ responseCode: 550, response: '550 5.1.1 No such user' })).toEqual({
      kind: 'permanent',
      reply: '550 5.1.1 No such user',
    });
    expect(classifySmtpError({ responseCode: 451, response: '451 4.3.0 Try later' }).kind).toBe('temporary');
    expect(classifySmtpError({ code: 'ECONNREFUSED' })).toEqual({ kind: 'temporary', reply: 'ECONNREFUSED' });
    expect(classifySmtpError({ responseCode: 554, response: 'x'.repeat(2000) }).reply).toHaveLength(500);
  });
});

describe('createMailer against a real SMTP server', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(async () => smtp?.close());

  test('what arrives is what was composed, with its headers, and a scripted 5xx comes back as an error', async () => {
    const mailer = createMailer(smtp.settings('varsler@knutepunkt.example'));
    try {
      const unsubscribe = { url: 'https://knutepunkt.example/u', oneClickUrl: 'https://knutepunkt.example/u' };
      await mailer.send(composeMail({ ...base, unsubscribe }, 'varsler@knutepunkt.example'));
      expect(smtp.received).toHaveLength(1);
      const parsed = await parseMail(smtp.received[0]!.raw);
      expect(parsed.subject).toBe(base.subject);
      expect(parsed.messageId).toBe('<cm0abc@knutepunkt.example>');
      expect(parsed.from?.value).toEqual([{ name: 'Knutepunkt', address: 'varsler@knutepunkt.example' }]);
      expect(parsed.text).toContain('«Tur & prat»');
      expect(parsed.html).toContain('<html lang="nn">');
      expect(smtp.received[0]!.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
      expect(smtp.received[0]!.raw).toMatch(/^List-Unsubscribe: <https:\/\/knutepunkt.example\/u>\r$/m);
      expect(parsed.date).toBeInstanceOf(Date);

      smtp.replies.push({ code: 550, message: 'No such user here' });
      const refused = await mailer
        .send(composeMail(base, 'varsler@knutepunkt.example'))
        .catch((error: unknown) => error);
      expect(classifySmtpError(refused)).toMatchObject({ kind: 'permanent' });
      expect(smtp.received).toHaveLength(1);
    } finally {
      mailer.close();
    }
  });
});
