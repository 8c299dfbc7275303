import { expect, test } from '../src/fixtures.ts';

/**
 * The public web app without signing in: what any visitor, a screen reader
 * user, a keyboard user or someone on a small phone meets first.
 */

test('a deep link loads directly and survives a reload', async ({ page, expectAccessible }) => {
  await page.goto('/organisasjoner/trondheim-kommune');
  await expect(page.getByRole('heading', { level: 1, name: 'Trondheim kommune' })).toBeVisible();
  await expectAccessible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Trondheim kommune' })).toBeVisible();
  await expectAccessible();
});

test('a server-rendered page comes with its content and hydrates without fetching its data again', async ({
  page,
  expectAccessible,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/trpc/')) asked.push(url.pathname.slice('/trpc/'.length));
  });
  const response = await page.goto('/organisasjoner/trondheim-kommune');
  // The heading is in the HTML the server sent, before any script ran.
  expect(await response!.text()).toContain('Trondheim kommune</h1>');
  await expect(page.getByRole('heading', { level: 1, name: 'Trondheim kommune' })).toBeVisible();
  await expectAccessible();
  // Only who is signed in is asked for (never part of the server's page); the organisation is not fetched again.
  expect(asked.filter((path) => !path.startsWith('account.me'))).toEqual([]);
});

test('an unknown address shows the not-found page with a way back', async ({ page, expectAccessible }) => {
  await page.goto('/finnes-ikke/heller-ikke-dette');
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
  await expect(page).toHaveTitle(/Fant ikke siden/);
  await expectAccessible();
});

test('the skip link is the first tab stop and moves focus to the main content', async ({ page, expectAccessible }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible();

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // Focus is in main now: the next tab stop is main's first link or control, not the header's.
  await page.keyboard.press('Tab');
  await expect(page.locator('main :focus')).toHaveCount(1);
});

for (const path of ['/', '/organisasjoner']) {
  test(`${path} works at 320 px without horizontal scrolling`, async ({ page, expectAccessible }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, 'page is wider than the 320 px viewport (WCAG 1.4.10 Reflow)').toBeLessThanOrEqual(320);
    // The main navigation is still there to use.
    await expect(
      page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjoner' }),
    ).toBeVisible();
  });
}

test('the accessibility statement is linked from the footer', async ({ page, adminPath, expectAccessible }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible();

  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await expect(page).toHaveURL(/\/tilgjengelighet$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible();
  await expect(page.getByText(/WCAG 2\.1/).first()).toBeVisible();
  await expectAccessible();

  // The admin app has its own statement, linked the same way (before signing in, too).
  await page.goto(adminPath('/logg-inn'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await expect(page).toHaveURL(adminPath('/tilgjengelighet'));
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible();
  await expectAccessible();
});

test('pages are served with a Content-Security-Policy', async ({ page, adminPath, expectAccessible }) => {
  const response = await page.goto('/organisasjoner');
  if (!response) throw new Error('no response for the page');
  const csp = (await response.allHeaders())['content-security-policy'];
  expect(csp, 'content-security-policy header').toBeTruthy();
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible();

  // The admin app is served by its own listener, with the same policy.
  const adminResponse = await page.goto(adminPath('/logg-inn'));
  if (!adminResponse) throw new Error('no response for the admin page');
  expect((await adminResponse.allHeaders())['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible();
});
