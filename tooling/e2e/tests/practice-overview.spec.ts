import { expect, test } from '../src/fixtures.ts';
import { WEB_URL } from '../src/env.ts';
import { expectHeading } from '../src/flows.ts';
import { resultCount } from '../src/practice-flows.ts';

/** The practice bank's overviews: the CHIME × level grid and the Atom feed agree with the search. */

test('a cell of the CHIME × level overview leads to a search with as many examples as it says', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/praksis');
  await expectHeading(page, 'Gode praksiseksempler');
  await expectAccessible();

  await page.getByRole('main').getByRole('link', { name: 'Se oversikten etter CHIME og nivå' }).click();
  await expect(page).toHaveURL(/\/praksis\/oversikt$/);
  await expectHeading(page, 'Oversikt etter CHIME og nivå');
  const table = page.getByRole('table', { name: 'Publiserte praksiseksempler etter CHIME-kategori og nivå' });
  await expect(table).toBeVisible();
  // The totals come in their own requests; "…" stands in a cell until they are there.
  await expect(table.getByRole('cell', { name: '…', exact: true })).toHaveCount(0);
  await expectAccessible();

  // A cell of one category at one level (not a total): "Håp, tjeneste: 4 eksempler".
  const cell = table
    .getByRole('link', { name: /^[^,]+, (individ|tjeneste|system|samfunn): \d+ eksempl(?:er|el)$/ })
    .first();
  await expect(cell).toBeVisible();
  const name = (await cell.getAttribute('aria-label')) ?? '';
  const count = Number(await cell.textContent());
  expect(count, `the number shown in "${name}"`).toBeGreaterThan(0);
  expect(name).toMatch(new RegExp(`: ${count} eksempl`));
  const [chimeName, levelName] = name.split(':')[0]!.split(', ');

  await cell.click();
  await expect(page).toHaveURL(/\/praksis\?chime=[A-Z]+&nivaa=[A-Z]+$/);
  await expectHeading(page, 'Gode praksiseksempler');
  const results = page.getByRole('region', { name: 'Eksempler', exact: true });
  await expect(resultCount(results, count === 1 ? '1 eksempel' : `${count} eksempler`)).toBeVisible();
  // The search shows the cell's two filters as chosen.
  const filters = page.getByRole('form', { name: 'Avgrens søket' });
  const chosen = filters.getByRole('checkbox', { checked: true });
  await expect(chosen).toHaveCount(2);
  await expect(
    filters.getByRole('group', { name: 'CHIME-kategori' }).getByRole('checkbox', { name: chimeName, exact: true }),
  ).toBeChecked();
  await expect(
    filters
      .getByRole('group', { name: 'Nivå', exact: true })
      .getByRole('checkbox', { name: new RegExp(`^${levelName}$`, 'i') }),
  ).toBeChecked();
  await expectAccessible();
});

test('the Atom feed lists published examples', async ({ page }) => {
  const response = await page.request.get('/praksis.atom');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml\b/);
  const body = await response.text();
  expect(body).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
  // A published demo example (packages/db/src/seed/practice-data.ts), with its page's absolute address.
  expect(body).toContain('<title type="text">reSTART – gruppetilbud for egen endringsprosess</title>');
  // The web listener's own address (E2E_WEB_PORT may move it off 3100).
  expect(body).toContain(
    `<link rel="alternate" type="text/html" href="${WEB_URL}/praksis/restart-gruppetilbud-for-egen-endringsprosess"/>`,
  );
});
