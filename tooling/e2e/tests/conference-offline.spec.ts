import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD, WEB_URL } from '../src/env.ts';
import { expectHeading, gotoLive, signInOnWeb } from '../src/flows.ts';

/**
 * The programme offline (docs/adr/0024): after one visit the programme and a session page open
 * with the network switched off, say they show a stored copy, and a star made offline reaches
 * the account after signing in.
 *
 * Skipped until the demo seed has the 2022 edition (`ingenting-om-oss-2022`, with a published
 * release) and the public programme and session pages exist: both come from other parts of
 * issue 10. Remove the skip when they are merged. Run with E2E_WEB_PORT=3400 E2E_ADMIN_PORT=3401.
 */
const SLUG = 'ingenting-om-oss-2022';
const programme = `/konferanse/${SLUG}/program`;
const mine = `/konferanse/${SLUG}/mitt-program`;
const STORED =
  /Du ser en lagret kopi av programmet \(versjon .+, publisert .+\)\. Stjerner du setter nå, lagres når du er på nett igjen\./;

test.skip(true, 'Needs the conference demo seed and the public programme pages (issue 10, other parts).');

test('the programme works offline and stars made offline are kept', async ({ page, context }) => {
  test.setTimeout(120_000);
  let firstTitle = '';
  let secondTitle = '';

  await test.step('first visit: the programme and a session page; the service worker takes over', async () => {
    await gotoLive(page, programme);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Reload once so the worker controls the page and sees its reads.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const stars = page.getByRole('button', { name: /^Legg til i mitt program: / });
    firstTitle = ((await stars.first().getAttribute('aria-label')) ?? '').replace('Legg til i mitt program: ', '');
    secondTitle = ((await stars.nth(1).getAttribute('aria-label')) ?? '').replace('Legg til i mitt program: ', '');
    await stars.first().click();
    await expect(page.getByRole('button', { name: `Fjern fra mitt program: ${firstTitle}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('link', { name: secondTitle }).first().click();
    await expectHeading(page, secondTitle);
  });

  await test.step('offline: the programme and the session page open from the stored copy', async () => {
    await context.setOffline(true);
    await page.goto(programme);
    await expect(page.getByRole('status').filter({ hasText: STORED })).toBeVisible();
    await page.getByRole('link', { name: secondTitle }).first().click();
    await expectHeading(page, secondTitle);
    await expect(page.getByText(STORED)).toBeVisible();
    await page.getByRole('button', { name: `Legg til i mitt program: ${secondTitle}` }).click();
    await page.goto(mine);
    await expect(page.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(page.getByRole('link', { name: secondTitle })).toBeVisible();
  });

  await test.step('back online, signed in: both stars are in the account', async () => {
    await context.setOffline(false);
    await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
    await gotoLive(page, mine);
    await expect(page.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(page.getByRole('link', { name: secondTitle })).toBeVisible();
    // Another browser (a fresh context, same account) gets them from the account.
    const other = await context.browser()!.newContext({ baseURL: WEB_URL });
    const second = await other.newPage();
    await signInOnWeb(second, DEMO.member, DEMO_PASSWORD);
    await gotoLive(second, mine);
    await expect(second.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(second.getByRole('link', { name: secondTitle })).toBeVisible();
    await other.close();
  });
});
