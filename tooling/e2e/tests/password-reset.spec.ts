import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../src/fixtures.ts';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { expectHeading, label, signInOnAdmin, signInOnWeb } from '../src/flows.ts';

/** Another browser, as the people these apps are for use it (the config's `use` applies to the test's own only). */
function otherBrowser(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', baseURL: WEB_URL });
}

/** The reset link in the newest message to `email`, read in the admin app's outbox as the demo admin. */
async function linkFromOutbox(admin: Page, email: string): Promise<string> {
  await admin.goto(`${ADMIN_URL}/logg-inn`);
  await signInOnAdmin(admin, DEMO.admin, DEMO_PASSWORD);
  await expect(admin).toHaveURL(`${ADMIN_URL}/`);
  await admin.goto(`${ADMIN_URL}/varsler`);
  const message = admin
    .getByRole('listitem')
    .filter({ hasText: email })
    .filter({ has: admin.getByRole('heading', { name: 'Lag et nytt passord på Knutepunkt' }) })
    .first();
  await message.getByText('Vis teksten').click();
  const body = (await message.textContent()) ?? '';
  const link = /https?:\/\/\S+\/nytt-passord\?token=[A-Za-z0-9_-]+/.exec(body)?.[0];
  expect(link, body).toBeTruthy();
  return link!;
}

/**
 * Someone who forgot their password: asks for a link on the sign-in page, follows the link from
 * the message, chooses a new password twice and is signed in; the browser where they were signed
 * in before is signed out, and the link does not work a second time (docs/adr/0015).
 */
test('forgot password: link from the message, new password, signed in, other session ended', async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const email = `glemt-${suffix}@example.org`;
  const oldPassword = `gammelt-passord-${suffix}`;
  const newPassword = `nytt-passord-${suffix}`;

  await test.step('a person with an account is signed in in another browser', async () => {
    await page.goto('/registrer');
    await expectHeading(page, 'Opprett konto');
    await expectAccessible();
    await page.getByLabel(label('Navn')).fill(`Glemsk Person ${suffix}`);
    await page.getByLabel(label('E-postadresse')).fill(email);
    await page.getByLabel(label('Passord')).fill(oldPassword);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expectAccessible();
  });
  const other = await otherBrowser(browser);
  const otherPage = await other.newPage();
  await otherPage.goto('/logg-inn');
  await signInOnWeb(otherPage, email, oldPassword);
  await expect(otherPage).toHaveURL(/\/min-side$/);
  await expectHeading(otherPage, 'Min side');

  await test.step('ask for a link: the same neutral answer as for any address', async () => {
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    await expect(page).toHaveURL(/\/glemt-passord$/);
    await expectHeading(page, 'Glemt passordet');
    await expectAccessible();
    await page.getByLabel(label('E-post')).fill(email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByRole('status').getByText(`Har ${email} en konto hos oss`)).toBeVisible();
    await expectAccessible();
  });

  const adminContext = await otherBrowser(browser);
  const link = await linkFromOutbox(await adminContext.newPage(), email);
  await adminContext.close();

  await test.step('follow the link and choose a new password twice', async () => {
    await page.goto(link);
    await expectHeading(page, 'Lag nytt passord');
    await expectAccessible();
    // Two different passwords are refused in the browser, with the message at the field.
    await page.getByLabel(/^Nytt passord(?! en gang)/).fill(newPassword);
    await page.getByLabel(label('Nytt passord en gang til')).fill(`${newPassword}-x`);
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page.getByText('De to passordene er ikke like.').first()).toBeVisible();

    await page.getByLabel(label('Nytt passord en gang til')).fill(newPassword);
    await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
    await expect(page).toHaveURL(/\/min-side$/);
    await expectHeading(page, 'Min side');
    await expect(page.getByText('Passordet er endret, og du er logget inn.')).toBeVisible();
    await expectAccessible();
  });

  await test.step('the other browser has been signed out', async () => {
    await otherPage.reload();
    await expectHeading(otherPage, 'Du må logge inn');
    await other.close();
  });

  await test.step('the link does not work twice', async () => {
    await page.goto(link);
    await expectHeading(page, 'Lag nytt passord');
    await expect(page.getByRole('alert').getByText(/Lenken virker ikke lenger/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Be om en ny lenke' })).toBeVisible();
    await expectAccessible();
  });

  await test.step('the new password signs in, the old one does not', async () => {
    const check = await otherBrowser(browser);
    const p = await check.newPage();
    await p.goto('/logg-inn');
    await signInOnWeb(p, email, oldPassword);
    await expect(p.getByRole('alert').first()).toBeVisible();
    await p.getByLabel(label('Passord')).fill(newPassword);
    await p.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
    await expect(p).toHaveURL(/\/min-side$/);
    await check.close();
  });
});
