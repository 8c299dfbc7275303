import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestSmtpServer } from '@knutepunkt/mail/testing';
import { startTestOidcProvider } from '@knutepunkt/server/oidc-test-provider';
import { ADMIN_URL, DATA_DIR_PREFIX, OIDC_CLIENT, OIDC_PORT, SMTP_PORT, WEB_URL, mailDir, runDataDir } from './env.ts';

/** Whether a process with this id is still running. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Data folders of earlier runs that did not get to their teardown (killed,
 * crashed): their runner is gone, so nothing uses them any more.
 */
function removeAbandonedDataDirs(current: string): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(DATA_DIR_PREFIX)) continue;
    // `<prefix><pid>` (PGlite) or `<prefix><pid>-mail` (received e-mail).
    const pid = Number(name.slice(DATA_DIR_PREFIX.length).replace(/-mail$/, ''));
    const dir = path.join(os.tmpdir(), name);
    if (!Number.isInteger(pid) || pid === process.pid || dir === current || isAlive(pid)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

/** The people of the test OpenID provider (tests/oidc.spec.ts); `medlem` has the demo member's address. */
export const OIDC_PEOPLE = {
  'ny-person': {
    sub: 'e2e-ny',
    email: 'oidc.person@e2e.knutepunkt.no',
    email_verified: true,
    name: 'Oda Oidc',
    pid: '24079412345',
  },
  medlem: {
    sub: 'e2e-medlem',
    email: 'medlem@demo.knutepunkt.no',
    email_verified: true,
    name: 'Medlem',
    pid: '01010112345',
  },
  // As ID-porten: a subject and the national identity number, no e-mail address, no name.
  'uten-epost': { sub: 'e2e-uten-epost', pid: '02020212345' },
};

/**
 * Runs after Playwright has started the server and seen the web listener's
 * health check: wait for the admin listener too, which starts right after.
 * Starts the test OpenID provider (the server discovers it at the first sign-in
 * through it) and the test SMTP server (the server's mail jobs connect to it per
 * message, and try again later if it was not up yet); the returned function
 * stops both after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  removeAbandonedDataDirs(runDataDir().dir);
  const smtp = await startTestSmtpServer({ port: SMTP_PORT, dir: mailDir(), keepRaw: false });
  const provider = await startTestOidcProvider({ clients: [OIDC_CLIENT], port: OIDC_PORT, accounts: OIDC_PEOPLE });
  await waitForHealth(`${WEB_URL}/health`, 30_000);
  await waitForHealth(`${ADMIN_URL}/health`, 30_000);
  return async () => {
    await provider.close();
    await smtp.close();
  };
}
