import { expect, type Page } from '@playwright/test';
import { LOCALE_NAMES } from '@knutepunkt/domain';
import { DEMO, DEMO_PASSWORD } from './env.ts';
import { t, type Locale } from './i18n.ts';

/**
 * Steps several tests share. Labels and button texts are the interface's own
 * (bokmål unless a step says otherwise, from packages/domain/src/i18n), found
 * by role and accessible name as a screen reader user would find them.
 * Required fields' labels end with "Må fylles ut", so labels are matched from
 * their start.
 */
export const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Sign in on the web app's /logg-inn page (the page must be open). */
export async function signInOnWeb(page: Page, email: string, password: string): Promise<void> {
  await waitUntilLive(page);
  await page.getByLabel(label('E-post')).fill(email);
  await page.getByLabel(label('Passord')).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
}

/**
 * Wait until the web app has taken over a server-rendered page (`<html data-live>`, main.tsx):
 * a form sent before that goes to the server as a plain POST and comes back empty.
 */
export async function waitUntilLive(page: Page): Promise<void> {
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
}

/** Open a web page and wait until it is live, for a test that types into its forms next. */
export async function gotoLive(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitUntilLive(page);
}

/** Sign in on the admin app's /logg-inn page (the page must be open). */
export async function signInOnAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(label('E-postadresse')).fill(email);
  await page.getByLabel(label('Passord')).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
}

/** The page's h1, by its text. */
export function pageHeading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name });
}

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(pageHeading(page, name)).toBeVisible();
}

/**
 * Choose the interface language with the switch in the page's header (web and admin alike).
 * For a signed-in person the choice is saved on the account, so e-mails follow it too.
 */
export async function chooseLanguage(page: Page, from: Locale, to: Locale): Promise<void> {
  const languages = page.getByRole('group', { name: t(from, 'ui.language.label') });
  await languages.getByRole('button', { name: LOCALE_NAMES[to] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/**
 * The demo coordinator signs in on the admin app (the sign-in page and the dashboard checked
 * with axe) and, for another language than bokmål, switches the interface to it: how every
 * cycle that starts in the admin app begins.
 */
export async function coordinatorOnAdmin(
  page: Page,
  locale: Locale,
  adminPath: (path: string) => string,
  expectAccessible: () => Promise<void>,
): Promise<void> {
  await page.goto(adminPath('/logg-inn'));
  await expectHeading(page, t('nb', 'account.admin.signIn.title'));
  await expectAccessible();
  await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
  await expectHeading(page, t('nb', 'admin.dashboard.title'));
  if (locale !== 'nb') await chooseLanguage(page, 'nb', locale);
  await expectHeading(page, t(locale, 'admin.dashboard.title'));
  await expectAccessible();
}
