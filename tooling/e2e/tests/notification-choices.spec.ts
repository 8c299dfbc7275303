import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, gotoLive, signInOnWeb } from '../src/flows.ts';

/**
 * A member chooses on Min side how notifications come by e-mail (docs/adr/0017): the choice is
 * saved, said to a screen reader, and still there after a reload. Security is always on.
 */
test('change a notification choice on Min side and keep it after reload', async ({ page, expectAccessible }) => {
  test.setTimeout(120_000);
  await gotoLive(page, '/logg-inn');
  await expectHeading(page, 'Logg inn');
  await expectAccessible();
  await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/min-side$/);

  await page.goto('/min-side#varsler');
  await expectHeading(page, 'Min side');
  const section = page.getByRole('region', { name: 'Varsler på e-post' });
  const practice = section.getByRole('group', { name: 'Praksiseksempler' });
  const digest = practice.getByRole('radio', { name: 'Samlet i én e-post om dagen' });
  await expect(practice.getByRole('radio', { name: 'Én e-post for hvert varsel' })).toBeChecked();
  await expect(digest).not.toBeChecked();

  // Security is shown as always on, not as a choice.
  const security = section.getByRole('group', { name: 'Sikkerhet og konto' });
  await expect(security.getByRole('radio', { name: 'Alltid på e-post' })).toBeChecked();
  await expect(security.getByRole('radio', { name: 'Alltid på e-post' })).toBeDisabled();
  await expectAccessible();

  // By keyboard: arrow keys move within a group of radios.
  await practice.getByRole('radio', { name: 'Én e-post for hvert varsel' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(digest).toBeChecked();
  await section
    .getByRole('group', { name: 'Nettverksmøter' })
    .getByRole('radio', { name: /^Ingen e-post/ })
    .check();
  await section.getByRole('button', { name: 'Lagre valgene' }).click();
  await expect(section.getByRole('status')).toHaveText('Valgene dine for varsler er lagret.');
  await expectAccessible();

  await page.reload();
  await expect(digest).toBeChecked();
  await expect(
    section.getByRole('group', { name: 'Nettverksmøter' }).getByRole('radio', { name: /^Ingen e-post/ }),
  ).toBeChecked();
  await expect(
    section.getByRole('group', { name: 'Konferansen' }).getByRole('radio', { name: 'Én e-post for hvert varsel' }),
  ).toBeChecked();
});
