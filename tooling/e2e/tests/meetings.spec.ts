import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, gotoLive, label, signInOnWeb } from '../src/flows.ts';

/**
 * Network meetings on the web app (docs/adr/0018), with the demo seed's meeting of
 * Recovery-nettverk Midt-Norge (packages/db/src/seed/meetings.ts): a visitor finds it, the demo
 * member signs in from its page, registers, finds it under Min side, and cancels.
 */
const TITLE = 'Nettverkssamling i Trondheim';
const NETWORK = 'Recovery-nettverk Midt-Norge';

test('a visitor finds a meeting; a member registers, sees it on Min side and cancels', async ({
  page,
  expectAccessible,
}) => {
  test.slow();
  const main = page.getByRole('main');

  await test.step('anyone sees the meetings list, the meeting page and the network’s meetings', async () => {
    await page.goto('/moter');
    await expectHeading(page, 'Nettverksmøter');
    await expect(main.getByRole('heading', { name: 'Kommende møter' })).toBeVisible();
    await expectAccessible();

    await main.getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await expect(main.getByText('Trinnfri adkomst')).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Program' })).toBeVisible();
    await expect(main.getByRole('link', { name: /Legg møtet i kalenderen din/ })).toHaveAttribute(
      'href',
      /\/kalender\.ics$/,
    );
    await expect(main.getByRole('link', { name: 'Bli med i videomøtet' })).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'Logg inn for å melde deg på' })).toBeVisible();
    await expectAccessible();

    await main.getByRole('link', { name: NETWORK, exact: true }).click();
    await expectHeading(page, `Møter i ${NETWORK}`);
    await expect(main.getByRole('heading', { name: 'Abonner i kalenderen din' })).toBeVisible();
    await expect(main.getByRole('link', { name: `Abonner på møtene i ${NETWORK}` })).toHaveAttribute(
      'href',
      /^webcal:\/\/.+\/nettverk\/recovery-nettverk-midt-norge\/moter\.ics$/,
    );
    await expectAccessible();
  });

  await test.step('the member signs in from the meeting page and comes back to it', async () => {
    await main.getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await main.getByRole('link', { name: 'Logg inn for å melde deg på' }).click();
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
    await expectHeading(page, TITLE);
    await expect(main.getByRole('button', { name: 'Meld meg på' })).toBeVisible();
    await expectAccessible();
  });

  await test.step('registers and gets a seat, and the video link', async () => {
    await expect(main.getByRole('combobox', { name: label('Organisasjon') })).toHaveValue(/.+/);
    await main.getByRole('radio', { name: 'Digitalt' }).check();
    await main.getByLabel(label('Matbehov og allergier')).fill('Vegetar');
    await main.getByRole('checkbox', { name: 'Teleslynge' }).check();
    await main.getByRole('checkbox', { name: /kan stå på deltakerlisten/ }).check();
    await main.getByRole('button', { name: 'Meld meg på' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Du er påmeldt. Du får en bekreftelse' })).toBeVisible();
    await expect(main.getByText('Du er påmeldt.', { exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Bli med i videomøtet' })).toBeVisible();
    await expectAccessible();
  });

  await test.step('Min side lists the meeting under Mine møter', async () => {
    await page.goto('/min-side');
    await expectHeading(page, 'Min side');
    const mine = main.getByRole('region', { name: 'Mine møter' });
    await expect(mine.getByRole('link', { name: TITLE })).toBeVisible();
    // Other specs (check-in) may have registered the member for meetings of their own.
    const item = mine.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await expect(item.getByText('Påmeldt', { exact: true })).toBeVisible();
    await expectAccessible();
  });

  await test.step('cancels with a confirmation, and may register again', async () => {
    await gotoLive(page, '/moter/nettverkssamling-i-trondheim');
    await expectHeading(page, TITLE);
    await main.getByRole('button', { name: 'Meld meg av' }).click();
    const dialog = page.getByRole('dialog', { name: 'Melde deg av møtet?' });
    await expect(dialog).toBeVisible();
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Meld meg av' }).click();
    await expect(dialog).toBeHidden();
    await expect(main.getByRole('status').filter({ hasText: 'Du er meldt av.' })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Meld meg på' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Bli med i videomøtet' })).toHaveCount(0);
    await expectAccessible();
  });
});
