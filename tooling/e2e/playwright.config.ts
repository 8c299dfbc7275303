import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/chromium.ts';
import {
  ADMIN_PORT,
  ADMIN_URL,
  MAIL_FROM,
  OIDC_CLIENT,
  OIDC_ISSUER,
  SMTP_PORT,
  WEB_PORT,
  WEB_URL,
  runDataDir,
} from './src/env.ts';
import type { AppFixtureOptions } from './src/fixtures.ts';

const CI = Boolean(process.env.CI);

// A fresh, empty PGlite folder per run, so `pnpm demo` seeds the demo data
// into it. The global teardown removes it again.
const { dir: dataDir, chosenNow } = runDataDir();
if (chosenNow) fs.rmSync(dataDir, { recursive: true, force: true });

/**
 * End-to-end tests: the real server (`pnpm demo`, which builds both SPAs
 * first) with the demo data, driven through Debian's Chromium. Never run
 * `playwright install`: it downloads a browser, which fails on these machines.
 */
export default defineConfig<AppFixtureOptions>({
  testDir: './tests',
  outputDir: './test-results',
  // Two cores: the server, its PGlite and Chromium already share them.
  workers: 1,
  fullyParallel: false,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './src/global-setup.ts',
  globalTeardown: './src/global-teardown.ts',
  use: {
    baseURL: WEB_URL,
    adminURL: ADMIN_URL,
    browserName: 'chromium',
    // The people these apps are for: Norwegian browser, Norwegian time.
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The README's way to run the demo: build both SPAs, then start the server
    // (both listeners in one process). The global setup also waits for the
    // admin listener, which starts just after the web one.
    command: 'pnpm demo',
    cwd: '../..',
    url: `${WEB_URL}/health`,
    env: {
      PGLITE_DATA_DIR: dataDir,
      // Whatever the shell has set: the embedded PGlite (never a shared
      // Postgres from DATABASE_URL), both listeners on loopback, plain-http cookies.
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      LISTENERS: 'web,admin',
      WEB_PORT: String(WEB_PORT),
      ADMIN_PORT: String(ADMIN_PORT),
      PUBLIC_URL: '',
      SECURE_COOKIES: 'false',
      LOG_LEVEL: 'warn',
      TURBO_TELEMETRY_DISABLED: '1',
      // Sign-in through the test OpenID provider the global setup starts (tests/oidc.spec.ts).
      OIDC_PROVIDERS: 'e2e',
      OIDC_E2E_ISSUER: OIDC_ISSUER,
      OIDC_E2E_CLIENT_ID: OIDC_CLIENT.clientId,
      OIDC_E2E_CLIENT_SECRET: OIDC_CLIENT.clientSecret,
      OIDC_E2E_NAME: 'Testinnlogging',
      // E-mail through the test SMTP server the global setup starts (src/mail.ts reads what it received).
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}?tls=none`,
      MAIL_FROM,
      SMTP_HOST: '',
      SMTP_PORT: '',
      SMTP_USER: '',
      SMTP_PASSWORD: '',
      SMTP_TLS: '',
    },
    // The first build of both SPAs takes a while on two cores.
    timeout: 240_000,
    reuseExistingServer: !CI,
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the server finish and close its database; SIGKILL after 10 s.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
