import path from 'node:path';
import type { DbConfig } from '@knutepunkt/db';
import { type FileStorageConfig, REPO_ROOT, type ServerConfig } from './config.ts';
import type { RunningServer } from './server.ts';

/** A folder as short as it can be said: relative to the repository when it is inside it. */
function shortPath(folder: string): string {
  const relative = path.relative(REPO_ROOT, folder);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : folder;
}

/** Where the database is: PGlite's folder, or the PostgreSQL server without DATABASE_URL's user and password. */
export function describeDatabase(db: DbConfig): string {
  if (db.kind === 'pglite') return db.dataDir ? `PGlite in ${shortPath(db.dataDir)}` : 'PGlite in memory';
  try {
    const url = new URL(db.url);
    return `PostgreSQL at ${url.host}${url.pathname} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

function describeFiles(files: FileStorageConfig): string {
  return files.kind === 'local'
    ? `attachments in ${shortPath(files.root)}`
    : `attachments in S3 bucket ${files.bucket} at ${files.endpoint}`;
}

/** Whether notifications leave by e-mail, and whether this process runs the jobs that send them. */
export function describeMail(config: Pick<ServerConfig, 'mail' | 'jobs'>): string[] {
  const lines = config.mail
    ? [`  e-mail sent through ${config.mail.host}:${config.mail.port} from ${config.mail.from}`]
    : ['  e-mail NOT sent: no SMTP server is configured (SMTP_URL, MAIL_FROM); notifications wait in the outbox'];
  if (!config.jobs) lines.push('  jobs   off in this process (JOBS=off): another instance must run them');
  return lines;
}

function demoAccountLines(accounts: RunningServer['demoAccounts']): string[] {
  // The seed ran only into an empty database; a second start keeps the first start's data.
  if (accounts.length === 0)
    return ['Demo accounts: those of the first start, see README.md (the database had data, so nothing was seeded).'];
  const width = Math.max(...accounts.map((a) => a.email.length)) + 2;
  const passwords = new Set(accounts.map((a) => a.password));
  if (passwords.size === 1)
    return [
      `Demo accounts (password ${accounts[0]!.password}):`,
      ...accounts.map((a) => `  ${a.email.padEnd(width)}${a.role}`),
    ];
  return ['Demo accounts:', ...accounts.map((a) => `  ${a.email.padEnd(width)}${a.password.padEnd(20)}${a.role}`)];
}

/** What `npm start` prints once both listeners answer: where to go, who to be, where the data is, how to stop. */
export function startBanner(server: RunningServer, config: ServerConfig): string {
  const lines = ['', 'Knutepunkt is running:'];
  if (server.listeners.web) lines.push(`  web    ${server.listeners.web.url}   public site and members`);
  if (server.listeners.admin) lines.push(`  admin  ${server.listeners.admin.url}   coordinators and admins`);
  lines.push(`  data   ${describeDatabase(server.handle.config)}; ${describeFiles(config.files)}`);
  lines.push(...describeMail(config));
  if (config.demo) lines.push('', ...demoAccountLines(server.demoAccounts));
  lines.push('', 'Stop with Ctrl+C.', '', '');
  return lines.join('\n');
}
