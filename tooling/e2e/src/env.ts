import os from 'node:os';
import path from 'node:path';

/**
 * Where the end-to-end run finds the server, and where the server keeps its
 * data. Shared by the Playwright config, the global setup and teardown, and
 * the tests, so they cannot disagree.
 */
// E2E_WEB_PORT / E2E_ADMIN_PORT let two runs share a machine.
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
export const ADMIN_PORT = Number(process.env.E2E_ADMIN_PORT ?? 3101);
export const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
export const ADMIN_URL = `http://127.0.0.1:${ADMIN_PORT}`;

/**
 * The test OpenID provider (apps/server's oidc-provider on loopback), started by the global setup;
 * the server knows it as provider `e2e` ("Testinnlogging") through its OIDC_* variables.
 */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? WEB_PORT + 2);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT = {
  clientId: 'knutepunkt-e2e',
  clientSecret: 'e2e-hemmelig',
  redirectUri: `${WEB_URL}/auth/oidc/e2e/callback`,
};

/**
 * The test SMTP server (packages/mail's smtp-server, on loopback), started by the global setup; the
 * server sends every e-mail there (SMTP_URL, MAIL_FROM). It writes each message it accepts to
 * `mailDir()` as an .eml file, which the tests read with src/mail.ts.
 */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? WEB_PORT + 3);
export const MAIL_FROM = 'varsler@e2e.knutepunkt.no';

/**
 * Folders under the system temp dir that belong to an end-to-end run: `knutepunkt-e2e-<pid of the runner>`
 * (the PGlite data) and `knutepunkt-e2e-<pid>-mail` (the e-mail the SMTP server received).
 */
export const DATA_DIR_PREFIX = 'knutepunkt-e2e-';
const DATA_DIR_ENV = 'KNUTEPUNKT_E2E_DATA_DIR';

/**
 * The PGlite folder of this run. The config is loaded by the runner and again
 * by every worker; the runner picks the folder (named after its own pid) and
 * passes it on in the environment, so workers and the teardown see the same one.
 */
export function runDataDir(): { dir: string; chosenNow: boolean } {
  const inherited = process.env[DATA_DIR_ENV];
  if (inherited) return { dir: inherited, chosenNow: false };
  const dir = path.join(os.tmpdir(), `${DATA_DIR_PREFIX}${process.pid}`);
  process.env[DATA_DIR_ENV] = dir;
  return { dir, chosenNow: true };
}

/** The folder of the e-mail received in this run (next to the PGlite folder, removed with it). */
export function mailDir(): string {
  return `${runDataDir().dir}-mail`;
}

/** The demo accounts seeded by `pnpm demo` (packages/db/src/seed/accounts.ts). */
export const DEMO_PASSWORD = 'demo-passord-2026';
export const DEMO = {
  admin: 'admin@demo.knutepunkt.no',
  coordinator: 'koordinator@demo.knutepunkt.no',
  editor: 'redaktor@demo.knutepunkt.no',
  member: 'medlem@demo.knutepunkt.no',
} as const;

/** A short suffix that makes names, slugs and e-mail addresses unique to one test run. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;
}
