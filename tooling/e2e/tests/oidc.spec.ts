import type { Page } from '@playwright/test';
import { expect, test } from '../src/fixtures.ts';
import { expectHeading, label } from '../src/flows.ts';

/**
 * Sign-in through an OpenID Connect provider (docs/adr/0016) in Chromium, against the test
 * provider the global setup starts (provider `e2e`, "Testinnlogging"): its login form is a plain
 * page of its own, as a real provider's would be.
 */
async function signInAtProvider(page: Page, login: string, expectAccessible: () => Promise<void>) {
  await page.goto('/logg-inn');
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
  await expect(page.getByText('medlem@demo.knutepunkt.no')).toBeVisible();
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
