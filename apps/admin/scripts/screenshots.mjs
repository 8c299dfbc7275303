/* eslint-disable no-console -- a command-line script: it reports what it did on the console */
// Screenshots of the admin app against a running server, for looking at what
// people see: `node scripts/screenshots.mjs [baseUrl] [outDir]`. Drives the
// system Chromium (see ENVIRONMENT.md); never downloads a browser.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
// The e2e tests' launch settings (a .ts file Node loads by stripping its types).
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tooling/e2e/src/chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:3001';
const out = process.argv[3] ?? 'screenshots';
const PASSWORD = 'demo-passord-2026';

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const problems = [];

async function session(name, email, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${name}: console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  if (email) {
    await page.goto(`${base}/logg-inn`);
    await page.getByLabel(/E-postadresse/).fill(email);
    await page.getByLabel(/Passord/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
  }
  return { context, page };
}

async function shot(page, file, path) {
  if (path) await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${file}.png`, fullPage: true });
  console.log(`${file}.png  ${page.url()}  title="${await page.title()}"`);
}

const only = process.env.SHOTS?.split(',');
const want = (name) => !only || only.includes(name);

if (want('anon')) {
  const { context, page } = await session('anon', null);
  await shot(page, 'signin', '/nettverk');
  await page.getByLabel(/E-postadresse/).fill('admin@demo.knutepunkt.no');
  await page.getByLabel(/Passord/).fill('feil-passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForTimeout(800);
  await shot(page, 'signin-error');
  await shot(page, 'a11y', '/tilgjengelighet');
  await context.close();
}

if (want('admin')) {
  const { context, page } = await session('admin', 'admin@demo.knutepunkt.no');
  await shot(page, 'admin-dashboard', '/');
  await shot(page, 'admin-networks', '/nettverk');
  await page
    .getByRole('link', { name: /Midt-Norge/ })
    .first()
    .click();
  await shot(page, 'admin-network');
  await shot(page, 'admin-network-new', '/nettverk/ny');
  await page.getByRole('button', { name: 'Opprett nettverket' }).click();
  await page.waitForTimeout(800);
  await shot(page, 'admin-network-new-errors');
  await shot(page, 'admin-orgs', '/organisasjoner?type=MUNICIPALITY');
  await page.goto(`${base}/organisasjoner`);
  await page
    .getByRole('link', { name: /Trondheim kommune/ })
    .first()
    .click();
  await shot(page, 'admin-org');
  await page.getByRole('button', { name: 'Slett organisasjonen' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/admin-org-delete-dialog.png` });
  await page.keyboard.press('Escape');
  // A change, so the change log has something to show.
  await page.getByLabel(/^Telefon/).fill(`73 83 ${String(Date.now()).slice(-2)} 00`);
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await page.getByText('Endringene er lagret.').waitFor();
  await shot(page, 'admin-org-saved');
  await shot(page, 'admin-org-new', '/organisasjoner/ny');
  await shot(page, 'admin-people', '/personer');
  await page.getByRole('link', { name: 'Mona Medlem' }).click();
  await shot(page, 'admin-person');
  await shot(page, 'admin-404', '/finnes-ikke');
  await context.close();
}

if (want('coordinator')) {
  const { context, page } = await session('coordinator', 'koordinator@demo.knutepunkt.no');
  await shot(page, 'coord-dashboard', '/');
  await page
    .getByRole('link', { name: /Midt-Norge/ })
    .first()
    .click();
  await shot(page, 'coord-network');
  const approve = page.getByRole('button', { name: /^Godkjenn som medlem/ }).first();
  if (await approve.count()) {
    await approve.click();
    await page.getByText(/er godkjent som medlem/).waitFor();
    await page.screenshot({ path: `${out}/coord-network-approved.png` });
  }
  await shot(page, 'coord-people', '/personer');
  await page.goto(`${base}/organisasjoner`);
  await page
    .getByRole('link', { name: /Trondheim kommune/ })
    .first()
    .click();
  await shot(page, 'coord-org');
  await context.close();
}

if (want('member')) {
  const { context, page } = await session('member', 'medlem@demo.knutepunkt.no');
  await shot(page, 'member-noaccess', '/');
  await context.close();
}

if (want('audit')) {
  const { context, page } = await session('audit', 'admin@demo.knutepunkt.no');
  await shot(page, 'admin-audit', '/logg');
  await context.close();
}

if (want('english')) {
  const { context, page } = await session('english', 'admin@demo.knutepunkt.no');
  await page.getByRole('button', { name: 'English' }).click();
  await shot(page, 'en-audit', '/logg');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await shot(page, 'nn-dashboard', '/');
  // Back to bokmål, so the account's saved language is as before.
  await page.getByRole('button', { name: 'Bokmål' }).click();
  await page.waitForTimeout(500);
  await context.close();
}

if (want('narrow')) {
  // 320 CSS px wide: a phone, or 400 % zoom of a 1280 px window (WCAG 1.4.10).
  const { context, page } = await session('narrow', 'admin@demo.knutepunkt.no', { width: 320, height: 700 });
  await shot(page, 'narrow-dashboard', '/');
  await page.goto(`${base}/nettverk`);
  await page
    .getByRole('link', { name: /Midt-Norge/ })
    .first()
    .click();
  await shot(page, 'narrow-network');
  // The long page in screen-sized pieces, readable at full size.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height && part <= 4; y += 1100, part += 1) {
    await page.screenshot({
      path: `${out}/narrow-network-${part}.png`,
      fullPage: true,
      clip: { x: 0, y, width: 320, height: Math.min(1100, height - y) },
    });
  }
  await shot(page, 'narrow-audit', '/logg');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  console.log(`narrow: page overflows sideways by ${overflow}px`);
  await context.close();
}

if (want('zoom')) {
  // 200 % zoom of a 1280 px window is a 640 CSS px viewport at device scale 2.
  const { context, page } = await session('zoom', 'koordinator@demo.knutepunkt.no', { width: 640, height: 450 });
  await shot(page, 'zoom-dashboard', '/');
  await context.close();
}

await browser.close();
if (problems.length) {
  console.log('\nProblems seen:');
  for (const p of problems) console.log(`  ${p}`);
}
