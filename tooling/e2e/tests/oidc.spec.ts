import type { Page } from '@playwright/test';
import { expect, test } from '../src/fixtures.ts';
import { uniqueSuffix } from '../src/env.ts';
import { expectHeading, gotoLive, label } from '../src/flows.ts';
import { waitForEmail } from '../src/mail.ts';

/**
 * Sign-in through an OpenID Connect provider (docs/adr/0016) in Chromium, against the test
 * provider the global setup starts (provider `e2e`, "Testinnlogging"): its login form is a plain
 * page of its own, as a real provider's would be.
 */
async function signInAtProvider(page: Page, login: string, expectAccessible: () => Promise<void>) {
  await gotoLive(page, '/logg-inn');
  await expectHeading(page, 'Logg inn');
  await expect(page.getByRole('link', { name: 'Logg inn med Testinnlogging' })).toBeVisible();
  await expectAccessible();
  await page.getByRole('link', { name: 'Logg inn med Testinnlogging' }).click();
  await expect(page.getByRole('heading', { name: 'Test provider sign-in' })).toBeVisible();
  // The provider's own page: checked too, so the whole way in is known to work by keyboard and reader.
  await expectAccessible();
  await page.getByLabel('Login name').fill(login);
  await page.getByRole('button', { name: 'Sign in at the test provider' }).click();
}

test('a new person signs in with the provider and lands signed in on Min side', async ({ page, expectAccessible }) => {
  await signInAtProvider(page, 'ny-person', expectAccessible);
  await expect(page).toHaveURL(/\/min-side$/);
  await expectHeading(page, 'Min side');
  const methods = page.getByRole('region', { name: 'Innloggingsmåter' });
  await expect(methods.getByText('Testinnlogging', { exact: true })).toBeVisible();
  await expect(methods.getByRole('button', { name: 'Fjern Testinnlogging' })).toBeVisible();
  await expectAccessible();
});

test('the demo member links the provider with the password, and can remove it again', async ({
  page,
  expectAccessible,
}) => {
  await signInAtProvider(page, 'medlem', expectAccessible);
  await expect(page).toHaveURL(/\/logg-inn\/koble-til$/);
  await expectHeading(page, 'Koble til eksisterende konto');
  await expect(page.getByText(/Det finnes allerede en Knutepunkt-konto med e-postadressen medlem@demo/)).toBeVisible();
  // The other proof: a link to that account's address (tested to the end in apps/server's oidc.test.ts).
  await expect(page.getByRole('button', { name: 'Send meg en lenke' })).toBeVisible();
  await expectAccessible();

  await page.getByLabel(label('Passord')).fill('feil-passord');
  await page.getByRole('button', { name: 'Koble til og logg inn' }).click();
  await expect(page.getByRole('link', { name: 'Passordet er feil.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: label('Passord') })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel(label('Passord')).fill('demo-passord-2026');
  await page.getByRole('button', { name: 'Koble til og logg inn' }).click();
  await expect(page).toHaveURL(/\/min-side$/);
  await expectHeading(page, 'Min side');
  await expectAccessible();

  const methods = page.getByRole('region', { name: 'Innloggingsmåter' });
  await methods.getByRole('button', { name: 'Fjern Testinnlogging' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fjern Testinnlogging' }).click();
  await expect(methods.getByText('Innloggingsmåten er fjernet.')).toBeVisible();
  await expect(methods.getByText(/Ingen andre innloggingsmåter/)).toBeVisible();
});

/** The sign-in's e-mail link in the newest e-mail to `email` since `since`, as the person receives it (src/mail.ts). */
async function emailLinkFromEmail(email: string, since: number): Promise<string> {
  const mail = await waitForEmail(email, { since, subject: 'Bekreft e-postadressen din på Knutepunkt' });
  const link = /https?:\/\/\S+\/auth\/oidc\/email-link\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  return link!;
}

test('a person whose provider gives no e-mail address completes the registration through an e-mail link', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const email = `uten-epost-${uniqueSuffix()}@example.org`;
  await signInAtProvider(page, 'uten-epost', expectAccessible);
  await expect(page).toHaveURL(/\/logg-inn\/fullfor$/);
  await expectHeading(page, 'Fullfør registreringen');
  await expectAccessible();

  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByRole('textbox', { name: label('E-postadresse') })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(label('Navn')).fill('Ulla Utenpost');
  await page.getByLabel(label('E-postadresse')).fill(email);
  const asked = Date.now();
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByRole('status').getByText(`Vi har sendt en lenke til ${email}`)).toBeVisible();
  await expectAccessible();

  const link = await emailLinkFromEmail(email, asked);
  await page.goto(link);
  await expect(page).toHaveURL(/\/min-side$/);
  await expectHeading(page, 'Min side');
  await expect(page.getByText('Hei, Ulla Utenpost!')).toBeVisible();
  const methods = page.getByRole('region', { name: 'Innloggingsmåter' });
  await expect(methods.getByText('Testinnlogging', { exact: true })).toBeVisible();
  await expectAccessible();

  // The link works once: the sign-in page says so.
  await page.goto(link);
  await expect(page).toHaveURL(/\/logg-inn\?oidc=link$/);
  await expect(page.getByRole('alert').getByText(/Lenken virker ikke/)).toBeVisible();
  await expectAccessible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sign-in page offers the provider as a plain link that starts the sign-in', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/logg-inn');
    await expectHeading(page, 'Logg inn');
    const link = page.getByRole('link', { name: 'Logg inn med Testinnlogging' });
    await expect(link).toHaveAttribute('href', /^\/auth\/oidc\/e2e\/start\?returnTo=/);
    await expectAccessible();
    await link.click();
    await expect(page.getByRole('heading', { name: 'Test provider sign-in' })).toBeVisible();
    await expectAccessible();
  });
});
