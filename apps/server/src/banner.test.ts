import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeDatabase, startBanner } from './banner.ts';
import { REPO_ROOT, loadConfig } from './config.ts';
import type { RunningServer } from './server.ts';

describe('where the data lives', () => {
  test('PGlite: its folder, relative to the repository when inside it', () => {
    expect(describeDatabase({ kind: 'pglite', dataDir: path.join(REPO_ROOT, '.data', 'pglite') })).toBe(
      `PGlite in ${path.join('.data', 'pglite')}`,
    );
    expect(describeDatabase({ kind: 'pglite', dataDir: '/srv/knutepunkt' })).toBe('PGlite in /srv/knutepunkt');
  });

  test('PostgreSQL: the server and database, never the user or password', () => {
    const text = describeDatabase({ kind: 'postgres', url: 'postgres://knutepunkt:s3cret@db.internal:5432/kp' });
    expect(text).toBe('PostgreSQL at db.internal:5432/kp (DATABASE_URL)');
    expect(describeDatabase({ kind: 'postgres', url: 'postgres://broken:s3cret@' })).not.toContain('s3cret');
  });
});

const running = (demoAccounts: RunningServer['demoAccounts']) =>
  ({
    handle: { config: { kind: 'pglite', dataDir: path.join(REPO_ROOT, '.data', 'pglite') } },
    listeners: { web: { url: 'http://127.0.0.1:3000' }, admin: { url: 'http://127.0.0.1:3001' } },
    demoAccounts,
  }) as unknown as RunningServer;

test('the start banner: addresses, data, demo accounts with their one password, how to stop', () => {
  const accounts = [
    { email: 'admin@demo.knutepunkt.no', password: 'demo-passord-2026', role: 'platform admin' },
    { email: 'medlem@demo.knutepunkt.no', password: 'demo-passord-2026', role: 'member' },
  ];
  const banner = startBanner(running(accounts), loadConfig({}, ['--demo']));
  expect(banner.trim().split('\n')).toEqual([
    'Knutepunkt is running:',
    '  web    http://127.0.0.1:3000   public site and members',
    '  admin  http://127.0.0.1:3001   coordinators and admins',
    `  data   PGlite in ${path.join('.data', 'pglite')}; attachments in ${path.join('.data', 'uploads')}`,
    '  e-mail NOT sent: no SMTP server is configured (SMTP_URL, MAIL_FROM); notifications wait in the outbox',
    '',
    'Demo accounts (password demo-passord-2026):',
    '  admin@demo.knutepunkt.no   platform admin',
    '  medlem@demo.knutepunkt.no  member',
    '',
    'Stop with Ctrl+C.',
  ]);
});

test('without demo data the banner names no accounts', () => {
  expect(startBanner(running([]), loadConfig({}, []))).not.toContain('Demo');
  expect(startBanner(running([]), loadConfig({}, ['--demo']))).toContain('those of the first start');
});
