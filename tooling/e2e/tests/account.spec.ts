import { expect, test } from '../src/fixtures.ts';
import { uniqueSuffix } from '../src/env.ts';
import { expectHeading, gotoLive, label, signInOnWeb } from '../src/flows.ts';

const DONE = /Nå kan du logge inn med e-postadressen og passordet du valgte\./;

/**
 * A new person on the web app: registers, signs out and in again, switches
 * the interface to nynorsk and changes their name. Both the name and the
 * language choice must survive a reload.
 */
test('register, sign out, sign in, switch to nynorsk and edit the profile', async ({ page, expectAccessible }) => {
  // Eight steps, each with an accessibility check: near the default 60 s on a busy machine.
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const email = `e2e-${suffix}@example.org`;
  const password = `e2e-passord-${suffix}`;
  const name = `Ingrid Testesen ${suffix}`;
  const newName = `Ingrid Nynorsk ${suffix}`;

  await test.step('register a new account', async () => {
    await page.goto('/');
    await expectHeading(page, 'Sammen om recovery');
    await expectAccessible();

    await page.getByRole('main').getByRole('link', { name: 'Opprett konto' }).click();
    await expect(page).toHaveURL(/\/registrer$/);
    await expectHeading(page, 'Opprett konto');
    await expectAccessible();

    await page.getByLabel(label('Navn')).fill(name);
    await page.getByLabel(label('E-postadresse')).fill(email);
    await page.getByLabel(label('Passord')).fill(password);
    await expect(page.getByRole('main').getByRole('combobox', { name: label('Språk') })).toHaveValue('nb');
    await page.getByRole('button', { name: 'Opprett konto' }).click();

    // Registering signs nobody in, and says the same whether the address was taken (docs/adr/0013).
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expectHeading(page, 'Logg inn');
    await expect(page.getByText(DONE)).toBeVisible();
    await expectAccessible();

    await signInOnWeb(page, email, password);
    await expect(page).toHaveURL(/\/min-side$/);
    await expectHeading(page, 'Min side');
  });

  await test.step('sign out', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('Du er logget ut.')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Logg inn' }),
    ).toBeVisible();
    await expectAccessible();
  });

  await test.step('registering again with the same address answers exactly as before', async () => {
    await gotoLive(page, '/registrer');
    await expectHeading(page, 'Opprett konto');
    await page.getByLabel(label('Navn')).fill('Noen Andre');
    await page.getByLabel(label('E-postadresse')).fill(email);
    await page.getByLabel(label('Passord')).fill(`et-annet-passord-${suffix}`);
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(page.getByText(DONE)).toBeVisible();
    await expect(page.getByText(/Har du allerede en konto/)).toHaveCount(0);
  });

  await test.step('sign in again', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expectHeading(page, 'Logg inn');
    await expectAccessible();

    await signInOnWeb(page, email, password);
    await expect(page).toHaveURL(/\/min-side$/);
    await expectHeading(page, 'Min side');
    await expect(page.getByText('Du er logget inn.', { exact: true })).toBeVisible();
    await expect(page.getByLabel(label('Navn'))).toHaveValue(name);
    await expectAccessible();
  });

  await test.step('switch the interface to nynorsk', async () => {
    const languages = page.getByRole('group', { name: 'Språk' });
    await languages.getByRole('button', { name: 'Nynorsk' }).click();
    await expect(languages.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expectHeading(page, 'Mi side');
    await expect(
      page.getByRole('navigation', { name: 'Hovudmeny' }).getByRole('link', { name: 'Organisasjonar' }),
    ).toBeVisible();
    await expectAccessible();
  });

  await test.step('change the name in the profile', async () => {
    const profile = page.getByRole('region', { name: 'Profil' });
    // The form shows the language just chosen (saving it must not switch back to bokmål).
    await expect(profile.getByRole('combobox', { name: label('Språk') })).toHaveValue('nn');
    await profile.getByLabel(label('Namn')).fill(newName);
    await profile.getByRole('button', { name: 'Lagre profilen' }).click();
    await expect(profile.getByText('Profilen er lagra.')).toBeVisible();
    // Saving the profile must not undo the language chosen a moment ago.
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expectAccessible();
  });

  await test.step('after a reload: the new name, still in nynorsk', async () => {
    await page.reload();
    await expectHeading(page, 'Mi side');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('region', { name: 'Profil' }).getByLabel(label('Namn'))).toHaveValue(newName);
    await expect(page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'Nynorsk' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible();
  });
});
