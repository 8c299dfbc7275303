import { expect, test } from '../src/fixtures.ts';

/**
 * The public pages with JavaScript switched off (an old phone, a locked-down work PC, a script
 * that failed to download on bad Wi-Fi): the server's HTML alone must let a visitor read, search
 * with filters through a plain GET form, and open an example.
 */
test.use({ javaScriptEnabled: false });

test('without JavaScript a visitor reads the front page, searches by a word and a CHIME category, and opens an example', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sammen om recovery' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Nettverkene' })).toBeVisible();
  await expectAccessible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Praksisbank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gode praksiseksempler' })).toBeVisible();
  await expectAccessible();

  await page.getByRole('searchbox', { name: 'Søk etter ord' }).or(page.getByLabel('Søk etter ord')).fill('fellesskap');
  const filters = page.getByRole('form', { name: 'Avgrens søket' });
  const chime = filters.getByRole('checkbox', { name: 'Tilhørighet' });
  // The filter groups are native disclosures: they open without any script.
  if (!(await chime.isVisible())) await filters.getByText('CHIME-kategori', { exact: false }).first().click();
  await chime.check();
  await filters.getByRole('button', { name: 'Vis eksempler' }).click();

  // A real page load: the words and the filter are in the address, and the server answered with the results.
  await expect(page).toHaveURL(/[?&]q=fellesskap(&|$)/);
  await expect(page).toHaveURL(/[?&]chime=CONNECTEDNESS(&|$)/);
  const result = page.getByRole('link', { name: /Glimt Recoverysenter/ });
  await expect(result).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Tilhørighet' })).toBeChecked();
  await expectAccessible();

  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: /Glimt Recoverysenter/ })).toBeVisible();
  await expect(page).toHaveTitle(/Glimt Recoverysenter.*Knutepunkt/);
  await expectAccessible();
});

test('without JavaScript the search pages through plain links', async ({ page, expectAccessible }) => {
  await page.goto('/praksis');
  await expect(page.getByRole('heading', { level: 1, name: 'Gode praksiseksempler' })).toBeVisible();
  await expectAccessible();
  const pages = page.getByRole('navigation', { name: 'Sider' });
  await pages.getByRole('link', { name: 'Neste side' }).click();
  await expect(page).toHaveURL(/[?&]side=2(&|$)/);
  await expect(page.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: /Side 2/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectAccessible();
});
