import type { Browser, BrowserContext } from '@playwright/test';
import { expect, test } from '../src/fixtures.ts';
import { WEB_URL, uniqueSuffix } from '../src/env.ts';
import { expectHeading, gotoLive, label, signInOnWeb } from '../src/flows.ts';
import { linkIn, waitForEmail } from '../src/mail.ts';

/** Another browser, as the people these apps are for use it (the config's `use` applies to the test's own only). */
function otherBrowser(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo', baseURL: WEB_URL });
}

/** The reset link in the newest e-mail to `email` since `since`, as the person's mail client gets it. */
async function linkFromEmail(email: string, since: number): Promise<string> {
  const mail = await waitForEmail(email, { since, subject: 'Lag et nytt passord på Knutepunkt' });
  const link = linkIn(mail.text, `${WEB_URL}/nytt-passord?token=`);
  expect(link, mail.text).toBeTruthy();
  // The HTML part carries the same link.
  expect(mail.html).toContain(`href="${link!}"`);
  return link!;
}

/**
 * Someone who forgot their password: asks for a link on the sign-in page, follows the link in the
 * e-mail the test SMTP server received, chooses a new password twice and is signed in; the browser where they were signed
 * in before is signed out, and the link does not work a second time (docs/adr/0015).
 */
test('forgot password: link from the e-mail, new password, signed in, other session ended', async ({
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
    await gotoLive(page, '/registrer');
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
  await gotoLive(otherPage, '/logg-inn');
  await signInOnWeb(otherPage, email, oldPassword);
  await expect(otherPage).toHaveURL(/\/min-side$/);
  await expectHeading(otherPage, 'Min side');

  const asked = Date.now();
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

  const link = await test.step('the e-mail with the link arrives', () => linkFromEmail(email, asked));

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
    await gotoLive(p, '/logg-inn');
    await signInOnWeb(p, email, oldPassword);
    await expect(p.getByRole('alert').first()).toBeVisible();
    await p.getByLabel(label('Passord')).fill(newPassword);
    await p.getByRole('main').getByRole('button', { name: 'Logg inn' }).click();
    await expect(p).toHaveURL(/\/min-side$/);
    await check.close();
  });
});
