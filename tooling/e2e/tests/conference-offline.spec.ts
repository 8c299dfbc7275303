import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, gotoLive, signInOnWeb } from '../src/flows.ts';

/**
 * The programme offline (docs/adr/0024): after one visit the programme and a session page open
 * with the network switched off, say they show a stored copy, and a star made offline (before
 * signing in) reaches the account after signing in, and comes back from it to a browser that
 * has forgotten it.
 *
 * The demo's 2022 edition (`ingenting-om-oss-2022`, two published releases): no other spec
 * publishes in it, so its programme is the same whatever ran before. The signed-in part of the
 * offline programme is in conference-cycle.spec.ts.
 */
const SLUG = 'ingenting-om-oss-2022';
const programme = `/konferanse/${SLUG}/program`;
const mine = `/konferanse/${SLUG}/mitt-program`;
const STORED =
  /Du ser en lagret kopi av programmet \(versjon .+, publisert .+\)\. Stjerner du setter nå, lagres når du er på nett igjen\./;

test('the programme works offline and stars made offline are kept', async ({ page, context, expectAccessible }) => {
  test.setTimeout(120_000);
  let firstTitle = '';
  let secondTitle = '';
  const main = page.getByRole('main');

  await test.step('first visit: the programme and a session page; the service worker takes over', async () => {
    await gotoLive(page, programme);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Reload once so the worker controls the page and sees its reads.
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expectAccessible();
    const stars = main.getByRole('button', { name: /^Legg til i mitt program: / });
    firstTitle = ((await stars.first().getAttribute('aria-label')) ?? '').replace('Legg til i mitt program: ', '');
    secondTitle = ((await stars.nth(1).getAttribute('aria-label')) ?? '').replace('Legg til i mitt program: ', '');
    await stars.first().click();
    await expect(main.getByRole('button', { name: `Fjern fra mitt program: ${firstTitle}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await main.getByRole('link', { name: secondTitle }).first().click();
    await expectHeading(page, secondTitle);
    await expectAccessible();
  });

  await test.step('offline: the programme and the session page open from the stored copy', async () => {
    await context.setOffline(true);
    await page.goto(programme);
    await expect(page.getByRole('status').filter({ hasText: STORED })).toBeVisible();
    await expectAccessible();
    await main.getByRole('link', { name: secondTitle }).first().click();
    await expectHeading(page, secondTitle);
    await expect(page.getByRole('status').filter({ hasText: STORED })).toBeVisible();
    await main.getByRole('button', { name: `Legg til i mitt program: ${secondTitle}` }).click();
    await expect(main.getByRole('button', { name: `Fjern fra mitt program: ${secondTitle}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible();
    // «Mitt program» was never visited: the worker answers with the app's shell and the stored programme.
    await page.goto(mine);
    await expectHeading(page, 'Mitt program');
    await expect(main.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(main.getByRole('link', { name: secondTitle })).toBeVisible();
    await expectAccessible();
  });

  await test.step('back online, signed in: both stars are in the account', async () => {
    await context.setOffline(false);
    await gotoLive(page, mine);
    await main.getByRole('link', { name: 'Logg inn', exact: true }).click();
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
    // Back on «Mitt program», which sends the browser's stars to the account as it loads.
    const synced = page.waitForResponse((r) => r.url().includes('conference.stars.syncStars') && r.ok());
    await expectHeading(page, 'Mitt program');
    await synced;
    await expect(main.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(main.getByRole('link', { name: secondTitle })).toBeVisible();
    await expectAccessible();

    // As another browser would: with nothing in this one, the stars come from the account.
    await page.evaluate(() => localStorage.clear());
    const fromAccount = page.waitForResponse((r) => r.url().includes('conference.stars.syncStars') && r.ok());
    await page.reload();
    await fromAccount;
    await expect(main.getByRole('link', { name: firstTitle })).toBeVisible();
    await expect(main.getByRole('link', { name: secondTitle })).toBeVisible();
  });
});
