import os from 'node:os';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDb } from '@knutepunkt/db/testing';
import { loadConfig } from './config.ts';
import { logFormat, loggedPath } from './logger.ts';
import { CSRF_HEADER } from './security.ts';
import { type RunningServer, startServer } from './server.ts';

const terminal = Object.assign(new Writable(), { isTTY: true });
const pipe = new Writable();

describe('the log format', () => {
  test('is readable at a terminal and JSON anywhere else', () => {
    expect(logFormat({}, terminal)).toBe('pretty');
    expect(logFormat({}, pipe)).toBe('json');
  });

  test('is JSON in production, even at a terminal', () => {
    expect(logFormat({ NODE_ENV: 'production' }, terminal)).toBe('json');
  });

  test('is what LOG_FORMAT says when it is set, and a wrong value stops the start', () => {
    expect(logFormat({ LOG_FORMAT: 'json' }, terminal)).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' }, pipe)).toBe('pretty');
    expect(() => logFormat({ LOG_FORMAT: 'yaml' }, pipe)).toThrow(/LOG_FORMAT must be "json" or "pretty"/);
  });
});

describe('the logged path', () => {
  test('leaves out the query string and a personal calendar feed’s token', () => {
    expect(loggedPath('/trpc/a?input=secret')).toBe('/trpc/a');
    expect(loggedPath('/kalender/AbCdEf_-123.ics?x=1')).toBe('/kalender/[token]');
    expect(loggedPath('/moter/samling/kalender.ics')).toBe('/moter/samling/kalender.ics');
  });
});

/** The real server with LOG_FORMAT=pretty, as a person at a terminal would see its log. */
describe('pretty logs from the real server', () => {
  let server: RunningServer;
  let web: string;
  let admin: string;
  const logs: string[] = [];
  const saved = process.env.LOG_FORMAT;

  beforeAll(async () => {
    process.env.LOG_FORMAT = 'pretty';
    const config = {
      ...loadConfig({}, []),
      ports: { web: 0, admin: 0 },
      staticDirs: { web: os.tmpdir(), admin: os.tmpdir() },
      logStream: new Writable({ write: (chunk, _e, done) => done(void logs.push(String(chunk))) }),
    };
    server = await startServer(config, await createTestDb());
    web = server.listeners.web!.url;
    admin = server.listeners.admin!.url;
  });
  afterAll(async () => {
    process.env.LOG_FORMAT = saved;
    await server?.close();
  });

  const lines = () => logs.join('').trimEnd().split('\n');

  test('one short line per request, and nothing personal in it', async () => {
    const secrets = { email: 'kari.nordmann@example.org', password: 'hemmelig-passord-123' };
    await fetch(`${web}/trpc/account.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie: 'kp_web_session=abcdefgh' },
      body: JSON.stringify(secrets),
    });
    await fetch(`${web}/trpc/organisations.list?input=${encodeURIComponent(JSON.stringify({ q: secrets.email }))}`);
    await fetch(`${admin}/health`);
    // Each line is written once the answer has gone, which can be just after the client has it.
    for (let tries = 0; tries < 50 && lines().length < 3; tries++) await new Promise((r) => setTimeout(r, 20));

    // In whichever order the three answers were finished.
    expect(lines()).toHaveLength(3);
    expect(lines()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\d\d:\d\d:\d\d web {3}POST {3}\/trpc\/account\.signIn [1-4]\d\d \d+(\.\d)? ms$/),
        expect.stringMatching(/^\d\d:\d\d:\d\d web {3}GET {4}\/trpc\/organisations\.list 200 \d+(\.\d)? ms$/),
        expect.stringMatching(/^\d\d:\d\d:\d\d admin GET {4}\/health 200 \d+(\.\d)? ms$/),
      ]),
    );
    const text = logs.join('');
    for (const secret of [
      secrets.email,
      'kari.nordmann',
      secrets.password,
      'kp_web_session',
      'abcdefgh',
      'input=',
      '?',
    ])
      expect(text).not.toContain(secret);
  });

  test('leaves the "listening" lines to the start banner', () => {
    expect(logs.join('')).not.toContain('listening');
  });
});
