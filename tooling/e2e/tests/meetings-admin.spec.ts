import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from '../src/env.ts';
import { expectHeading, label, signInOnAdmin } from '../src/flows.ts';

/**
 * The demo coordinator plans a network meeting in the admin app: creates it
 * as a draft (Norwegian times), adds two agenda items, publishes it, and finds
 * it in the list as published.
 */
test('a coordinator creates a meeting, adds two agenda items, publishes it and sees it in the list', async ({
  page,
  adminPath,
  expectAccessible,
}) => {
  const title = `E2E fagsamling ${uniqueSuffix()}`;

  await test.step('sign in on the admin app', async () => {
    await page.goto(adminPath('/logg-inn'));
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
    await expectHeading(page, 'Oversikt');
    await expectAccessible();
  });

  await test.step('create the meeting as a draft', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Møter' }).click();
    await expectHeading(page, 'Møter');
    await expectAccessible();

    await page.getByRole('main').getByRole('link', { name: 'Nytt møte' }).click();
    await expect(page).toHaveURL(adminPath('/moter/ny'));
    await expectHeading(page, 'Nytt møte');
    const main = page.getByRole('main');
    // The coordinator's only network is chosen already.
    await expect(main.getByRole('combobox', { name: label('Nettverk') })).toHaveValue(/.+/);
    await expectAccessible();

    await main.getByLabel(label('Tittel')).fill(title);
    await main.getByLabel(label('Beskrivelse')).fill('Vi møtes og **deler erfaringer**.');
    await main.getByLabel(label('Dato')).fill('2031-05-21');
    await main.getByLabel(label('Starter klokken')).fill('09:00');
    await main.getByLabel(label('Slutter klokken')).fill('15:30');
    await main.getByLabel(label('Sted')).fill('Britannia');
    await main.getByLabel(label('Adresse')).fill('Dronningens gate 5, Trondheim');
    await main.getByRole('group', { name: 'Tilgjengelighet på stedet' }).getByLabel('Trinnfri adkomst').check();
    await main.getByLabel(label('Antall plasser')).fill('40');
    await main.getByRole('button', { name: 'Lagre som utkast' }).click();

    await expect(page).toHaveURL(new RegExp(`${adminPath('/moter/')}[^/]+$`));
    await expect(page).not.toHaveURL(/\/ny$/);
    await expectHeading(page, title);
    await expect(page.getByText(/Møtet er lagret som utkast/)).toBeVisible();
    await expect(page.getByText(/Status: Utkast/)).toBeVisible();
    await expectAccessible();
  });

  await test.step('add two agenda items', async () => {
    const agenda = page.getByRole('region', { name: 'Program' });
    await agenda.getByRole('button', { name: 'Legg til punkt' }).click();
    const first = agenda.getByRole('group', { name: 'Punkt 1' });
    // The new item's title takes focus.
    await expect(first.getByLabel(label('Tittel'))).toBeFocused();
    await first.getByLabel(label('Tittel')).fill('Siden sist');
    await first.getByLabel(label('Klokkeslett')).fill('09:00');
    await first.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Siden sist' });

    await agenda.getByRole('button', { name: 'Legg til punkt' }).click();
    const second = agenda.getByRole('group', { name: 'Punkt 2' });
    await second.getByLabel(label('Tittel')).fill('Lunsj');
    await second.getByLabel(label('Klokkeslett')).fill('11:30');
    await second.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Måltid' });
    await expectAccessible();

    await agenda.getByRole('button', { name: 'Lagre programmet' }).click();
    await expect(agenda.getByText('Programmet er lagret.')).toBeVisible();
  });

  await test.step('publish it', async () => {
    await page.getByRole('button', { name: 'Publiser møtet' }).click();
    await expect(page.getByText('Møtet er publisert.')).toBeVisible();
    await expect(page.getByText(/Status: Publisert/)).toBeVisible();
    await expectAccessible();
  });

  await test.step('see it in the list as published', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Møter' }).click();
    await expectHeading(page, 'Møter');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText('Publisert');
    await expectAccessible();

    // The agenda is kept: back on the meeting's page, in order.
    await row.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    const agenda = page.getByRole('region', { name: 'Program' });
    await expect(agenda.getByRole('group', { name: 'Punkt 1' }).getByLabel(label('Tittel'))).toHaveValue('Siden sist');
    await expect(agenda.getByRole('group', { name: 'Punkt 2' }).getByLabel(label('Tittel'))).toHaveValue('Lunsj');
  });
});
