import { expect, test } from 'vitest';
import { describeMail } from './banner.ts';
import { loadConfig } from './config.ts';
import { jobsFrom, mailFrom } from './mail-config.ts';

const FROM = { MAIL_FROM: 'varsler@knutepunkt.no' };

test('no SMTP settings: no e-mail, and the banner says so', () => {
  expect(mailFrom({})).toBeNull();
  const config = loadConfig({}, []);
  expect(config.mail).toBeNull();
  expect(describeMail(config).join('\n')).toContain('e-mail NOT sent: no SMTP server is configured');
});

test('SMTP_URL: smtp:// is STARTTLS on 587, smtps:// is TLS on 465, user and password decoded', () => {
  expect(mailFrom({ SMTP_URL: 'smtp://kari%40k.no:hemmelig%2Fx@mail.example.org', ...FROM })).toEqual({
    host: 'mail.example.org',
    port: 587,
    tls: 'starttls',
    user: 'kari@k.no',
    password: 'hemmelig/x',
    from: 'varsler@knutepunkt.no',
  });
  expect(mailFrom({ SMTP_URL: 'smtps://mail.example.org', ...FROM })).toMatchObject({ port: 465, tls: 'tls' });
  expect(mailFrom({ SMTP_URL: 'smtp://127.0.0.1:2525?tls=none', ...FROM })).toMatchObject({ port: 2525, tls: 'none' });
  const config = loadConfig({ SMTP_URL: 'smtp://mail.example.org', ...FROM }, []);
  expect(describeMail(config)).toEqual(['  e-mail sent through mail.example.org:587 from varsler@knutepunkt.no']);
});

test('SMTP_HOST and its companions', () => {
  expect(
    mailFrom({ SMTP_HOST: 'relay', SMTP_PORT: '25', SMTP_TLS: 'none', SMTP_USER: 'u', SMTP_PASSWORD: 'p', ...FROM }),
  ).toEqual({ host: 'relay', port: 25, tls: 'none', user: 'u', password: 'p', from: 'varsler@knutepunkt.no' });
  expect(mailFrom({ SMTP_HOST: 'relay', SMTP_TLS: 'tls', ...FROM })).toMatchObject({ port: 465 });
});

test('bad values stop the start with a clear message', () => {
  expect(() => mailFrom({ SMTP_URL: 'http://mail.example.org', ...FROM })).toThrow('smtp:// or smtps://');
  expect(() => mailFrom({ SMTP_URL: 'not a url', ...FROM })).toThrow('SMTP_URL must be a URL');
  expect(() => mailFrom({ SMTP_URL: 'smtp://mail.example.org' })).toThrow('MAIL_FROM');
  expect(() => mailFrom({ SMTP_URL: 'smtp://mail.example.org', MAIL_FROM: 'Knutepunkt' })).toThrow(
    'MAIL_FROM must be an e-mail address',
  );
  expect(() => mailFrom({ SMTP_HOST: 'relay', SMTP_TLS: 'ssl', ...FROM })).toThrow(
    'SMTP_TLS must be starttls, tls or none',
  );
  expect(() => mailFrom({ SMTP_HOST: 'relay', SMTP_PORT: '99999', ...FROM })).toThrow('SMTP_PORT must be a port');
  expect(() => mailFrom({ SMTP_PORT: '25', ...FROM })).toThrow('without SMTP_HOST');
  expect(() => mailFrom({ SMTP_URL: 'smtp://a', SMTP_HOST: 'b', ...FROM })).toThrow('not both');
  expect(() => mailFrom({ MAIL_FROM: 'varsler@knutepunkt.no' })).toThrow('no SMTP server is');
  expect(() => jobsFrom('nei')).toThrow('JOBS must be on or off');
  expect(jobsFrom(undefined)).toBe(true);
  expect(jobsFrom('off')).toBe(false);
});
