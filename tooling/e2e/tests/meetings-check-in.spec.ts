import type { Browser } from '@playwright/test';
import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { expectHeading, label, signInOnAdmin, signInOnWeb } from '../src/flows.ts';
import { meetingTimes } from '../src/meetings-flows.ts';

/**
 * The day of a network meeting (docs/adr/0021), on a phone: the demo coordinator plans a meeting
 * that starts within the hour, two demo people register on the web app, and the coordinator
 * checks them in on a 360 px wide screen, part of it without a connection. The marks made
 * offline are sent when the connection returns and are still there after a reload. Then the
 * printable participant list, the badges and attendance per organisation.
 */
test.use({ viewport: { width: 360, height: 740 } });

/** A demo person registers on the web app, in a browser of their own. */
async function register(
  browser: Browser,
  email: string,
  title: string,
  extra: { hearingLoop?: boolean; consent?: boolean },
) {
  const context = await browser.newContext({ baseURL: WEB_URL, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  try {
    const page = await context.newPage();
    const main = page.getByRole('main');
    await page.goto('/moter');
    await main.getByRole('link', { name: title }).click();
    await expectHeading(page, title);
    await main.getByRole('link', { name: 'Logg inn for å melde deg på' }).click();
    await signInOnWeb(page, email, DEMO_PASSWORD);
    await expectHeading(page, title);
    if (extra.hearingLoop) await main.getByRole('checkbox', { name: 'Teleslynge' }).check();
    if (extra.consent) await main.getByRole('checkbox', { name: /kan stå på deltakerlisten/ }).check();
    await main.getByRole('button', { name: 'Meld meg på' }).click();
    await expect(main.getByText('Du er påmeldt.', { exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
}

test('a coordinator checks people in on a phone, also offline, and prints the list and badges', async ({
  page,
  context,
  browser,
  adminPath,
  expectAccessible,
}) => {
  test.slow();
  const title = `E2E innsjekk ${uniqueSuffix()}`;
  const main = page.getByRole('main');
  const sync = main.locator('.kp-checkin__status');
  let meetingPath = '';

  await test.step('the coordinator plans and publishes a meeting that starts within the hour', async () => {
    await page.goto(adminPath('/logg-inn'));
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
    await expectHeading(page, 'Oversikt');
    await expectAccessible();

    await page.goto(adminPath('/moter/ny'));
    await expectHeading(page, 'Nytt møte');
    await expectAccessible();
    const times = meetingTimes();
    await main.getByLabel(label('Tittel')).fill(title);
    await main.getByLabel(label('Dato')).fill(times.date);
    await main.getByLabel(label('Starter klokken')).fill(times.start);
    await main.getByLabel(label('Slutter klokken')).fill(times.end);
    await main.getByLabel(label('Sted')).fill('Britannia');
    await main.getByRole('button', { name: 'Lagre som utkast' }).click();
    await expectHeading(page, title);
    await page.getByRole('button', { name: 'Publiser møtet' }).click();
    await expect(page.getByText('Møtet er publisert.')).toBeVisible();
    meetingPath = new URL(page.url()).pathname;
    await expectAccessible();
  });

  await test.step('two people register on the web app', async () => {
    await register(browser, DEMO.editor, title, { consent: true });
    await register(browser, DEMO.member, title, { hearingLoop: true });
  });

  await test.step('check-in: search by name, accents and all', async () => {
    await page.goto(adminPath(meetingPath));
    await expectHeading(page, title);
    await main.getByRole('region', { name: 'På møtedagen' }).getByRole('link', { name: 'Innsjekk' }).click();
    await expectHeading(page, `Innsjekk: ${title}`);
    await expect(main.getByText('0 av 2 har møtt')).toBeVisible();
    await expect(sync).toHaveText(/Alt er sendt/);
    await expectAccessible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'the check-in page fits a 360 px screen').toBeLessThanOrEqual(360);

    await main.getByRole('searchbox', { name: 'Søk etter navn' }).fill('redaktor');
    await expect(main.getByRole('status').filter({ hasText: '1 treff' })).toBeVisible();
    await expect(main.getByRole('checkbox')).toHaveCount(1);
    await expectAccessible();
  });

  await test.step('marks made offline wait on the phone and go when the connection returns', async () => {
    await context.setOffline(true);
    await main.getByRole('checkbox', { name: /Rune Redaktør/ }).check();
    await expect(sync).toHaveText(/1 markering venter på nett/);
    await expect(sync).toHaveText(/Du er uten nett/);
    await main.getByRole('searchbox', { name: 'Søk etter navn' }).fill('');
    await main.getByRole('checkbox', { name: /Mona Medlem/ }).check();
    await expect(sync).toHaveText(/2 markeringer venter på nett/);
    await expect(main.getByText('2 av 2 har møtt')).toBeVisible();
    await expectAccessible();

    await context.setOffline(false);
    await expect(sync).toHaveText(/Alt er sendt/);
    await page.reload();
    await expectHeading(page, `Innsjekk: ${title}`);
    await expect(main.getByRole('checkbox', { name: /Rune Redaktør/ })).toBeChecked();
    await expect(main.getByRole('checkbox', { name: /Mona Medlem/ })).toBeChecked();
    await expect(main.getByText('2 av 2 har møtt')).toBeVisible();
    await expectAccessible();

    // Undone online: saved at once.
    await main.getByRole('checkbox', { name: /Mona Medlem/ }).uncheck();
    await expect(sync).toHaveText(/Alt er sendt/);
    await page.reload();
    await expect(main.getByRole('checkbox', { name: /Mona Medlem/ })).not.toBeChecked();
    await expectAccessible();
  });

  await test.step('the participant list holds only those who agreed; the badges show needs when asked', async () => {
    await page.goto(adminPath(`${meetingPath}/deltakerliste`));
    await expectHeading(page, `Deltakerliste: ${title}`);
    const table = main.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'Rune Redaktør' })).toBeVisible();
    await expect(table.getByText('Mona Medlem')).toHaveCount(0);
    await expectAccessible();

    await page.goto(adminPath(`${meetingPath}/navnelapper`));
    await expectHeading(page, `Navnelapper: ${title}`);
    await expect(main.getByText('Mona Medlem')).toBeVisible();
    await expect(main.getByText('Teleslynge')).toHaveCount(0);
    await main.getByRole('checkbox', { name: /Vis merker for tilrettelegging og kost/ }).check();
    await expect(main.getByRole('list', { name: 'Behov' }).getByText('Teleslynge')).toBeVisible();
    await expectAccessible();
  });

  await test.step('attendance per organisation on the meeting’s page', async () => {
    await page.goto(adminPath(meetingPath));
    await expectHeading(page, title);
    const table = main.getByRole('table', { name: 'Oppmøte per organisasjon' });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Trondheim kommune').getByRole('cell')).toHaveText(['1', '1']);
    await expect(row('Mental Helse Trøndelag').getByRole('cell')).toHaveText(['1', '0']);
    await expectAccessible();
  });
});
