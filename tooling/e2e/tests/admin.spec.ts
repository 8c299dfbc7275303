import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from '../src/env.ts';
import { expectHeading, label, signInOnAdmin } from '../src/flows.ts';

const NETWORK = 'Recovery-nettverk Midt-Norge';
const NETWORK_SLUG = 'recovery-nettverk-midt-norge';

/**
 * The platform admin creates an organisation and adds it to a network in the
 * admin app; the public web app then shows it in the directory and on the
 * network's page.
 */
test('an admin creates an organisation, adds it to a network, and the public site lists it', async ({
  page,
  adminPath,
  expectAccessible,
}) => {
  const suffix = uniqueSuffix();
  const name = `E2E Recoverylag ${suffix}`;
  const slug = `e2e-recoverylag-${suffix}`;

  await test.step('sign in on the admin app', async () => {
    await page.goto(adminPath('/logg-inn'));
    await expectHeading(page, 'Logg inn');
    await expectAccessible();

    await signInOnAdmin(page, DEMO.admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(adminPath('/'));
    await expectHeading(page, 'Oversikt');
    await expectAccessible();
  });

  await test.step('create the organisation', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjoner' }).click();
    await expectHeading(page, 'Organisasjoner');
    await expectAccessible();

    await page.getByRole('main').getByRole('link', { name: 'Ny organisasjon' }).click();
    await expect(page).toHaveURL(adminPath('/organisasjoner/ny'));
    await expectHeading(page, 'Ny organisasjon');
    await expectAccessible();

    const main = page.getByRole('main');
    await main.getByLabel(label('Navn')).fill(name);
    // The short name for the address is suggested from the name.
    await expect(main.getByLabel(label('Kortnavn i nettadressen'))).toHaveValue(slug);
    await main
      .getByRole('combobox', { name: label('Type organisasjon') })
      .selectOption({ label: 'Brukerorganisasjon' });
    await main.getByLabel(label('Kommune (sted)')).fill('Trondheim');
    await main.getByRole('button', { name: 'Opprett organisasjonen' }).click();

    await expect(page).toHaveURL(new RegExp(`${adminPath('/organisasjoner/')}[^/]+$`));
    await expect(page).not.toHaveURL(/\/ny$/);
    await expectHeading(page, name);
    await expect(page.getByText('Organisasjonen er opprettet.')).toBeVisible();
    await expectAccessible();
  });

  await test.step(`add it to ${NETWORK}`, async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nettverk' }).click();
    await expectHeading(page, 'Nettverk');
    await expectAccessible();

    await page.getByRole('main').getByRole('link', { name: NETWORK }).click();
    await expectHeading(page, NETWORK);
    await expectAccessible();

    const members = page.getByRole('region', { name: 'Medlemsorganisasjoner' });
    const search = members.getByRole('search', { name: 'Søk etter organisasjon' });
    await search.getByRole('searchbox', { name: label('Søk etter organisasjon') }).fill(name);
    await search.getByRole('button', { name: 'Søk' }).click();

    const results = members.getByRole('list', { name: 'Organisasjoner som passer' });
    await results.getByRole('button', { name: `Legg til ${name}` }).click();
    await expect(members.getByText(`${name} er lagt til i nettverket.`)).toBeVisible();
    await expect(
      members.getByRole('table', { name: 'Medlemsorganisasjoner' }).getByRole('link', { name }),
    ).toBeVisible();
    await expect(results.getByText('Allerede med')).toBeVisible();
    await expectAccessible();
  });

  await test.step('the public directory lists it', async () => {
    await page.goto('/organisasjoner');
    await expectHeading(page, 'Organisasjoner');
    await expectAccessible();

    const search = page.getByRole('search', { name: 'Søk i organisasjoner' });
    await search.getByRole('searchbox', { name: label('Søk på navn') }).fill(name);
    await search.getByRole('button', { name: 'Søk' }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByText('1 organisasjon', { exact: true })).toBeVisible();
    const results = page.getByRole('region', { name: 'Treff' });
    await expect(results.getByRole('link', { name })).toBeVisible();
    await expectAccessible();

    await results.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/organisasjoner/${slug}$`));
    await expectHeading(page, name);
    await expect(page.getByRole('main').getByRole('link', { name: NETWORK })).toBeVisible();
    await expectAccessible();
  });

  await test.step("the network's public page lists it", async () => {
    await page.getByRole('main').getByRole('link', { name: NETWORK }).click();
    await expect(page).toHaveURL(new RegExp(`/nettverk/${NETWORK_SLUG}$`));
    await expectHeading(page, NETWORK);
    await expect(page.getByRole('main').getByRole('link', { name })).toBeVisible();
    await expectAccessible();
  });
});

test('a member signing in on the admin app is told plainly that it is not for them', async ({
  page,
  adminPath,
  expectAccessible,
}) => {
  await page.goto(adminPath('/logg-inn'));
  await expectHeading(page, 'Logg inn');
  await expectAccessible();

  await signInOnAdmin(page, DEMO.member, DEMO_PASSWORD);
  await expectHeading(page, 'Du har ikke tilgang til administrasjonen');
  await expect(
    page.getByText(/Administrasjonen er bare for nettverkskoordinatorer og plattformadministratorer/),
  ).toBeVisible();
  await expect(page.getByText(/medlem@demo\.knutepunkt\.no/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Gå til Knutepunkt-nettstedet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg ut og logg inn som en annen' })).toBeVisible();
  // No admin menu for someone without access.
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expectAccessible();
});

/** A bookmarked admin page opened directly: the page, not a blank screen or a warning, once its code has come. */
test('an admin page opened by its address shows that page', async ({ page, adminPath, expectAccessible }) => {
  await page.goto(adminPath('/logg-inn'));
  await expectAccessible();
  await signInOnAdmin(page, DEMO.admin, DEMO_PASSWORD);
  await expect(page).toHaveURL(adminPath('/'));
  await expectAccessible();
  await page.goto(adminPath('/varsler'));
  await expectHeading(page, 'Varsler (utboks)');
  await expectAccessible();
});
