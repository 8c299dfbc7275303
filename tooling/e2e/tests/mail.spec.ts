import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD, MAIL_FROM, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { expectHeading, gotoLive, label, signInOnAdmin } from '../src/flows.ts';
import { linkIn, waitForEmail } from '../src/mail.ts';

const SUBJECT_NN = 'Lag eit nytt passord på Knutepunkt';

/**
 * E-mail end to end (docs/adr/0014): a person who chose nynorsk asks for a password link; the
 * server's mail job sends it through the test SMTP server (src/global-setup.ts). The e-mail is in
 * nynorsk in both parts, its HTML part read in Chromium has the link and a footer link to the
 * notification settings; the admin's outbox says it was sent, and keeps its text (the link) away.
 */
test('a security e-mail arrives in the person’s language; the admin sees it sent, without its text', async ({
  page,
  context,
  adminPath,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const email = `epost-${suffix}@example.org`;

  await test.step('a person registers with nynorsk as their language and asks for a password link', async () => {
    await gotoLive(page, '/registrer');
    await expectHeading(page, 'Opprett konto');
    await expectAccessible();
    await page.getByLabel(label('Navn')).fill(`Nynorsk Person ${suffix}`);
    await page.getByLabel(label('E-postadresse')).fill(email);
    await page.getByLabel(label('Passord')).fill(`eit-godt-passord-${suffix}`);
    await page.getByRole('combobox', { name: label('Språk') }).selectOption({ label: 'Nynorsk' });
    await page.getByRole('button', { name: 'Opprett konto' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expectAccessible();
    await page.goto('/glemt-passord');
    await expectHeading(page, 'Glemt passordet');
    await page.getByLabel(label('E-post')).fill(email);
    await page.getByRole('button', { name: 'Send lenke' }).click();
    await expect(page.getByRole('status').getByText(`Har ${email} en konto hos oss`)).toBeVisible();
    await expectAccessible();
  });

  const mail = await test.step('the e-mail arrives, in nynorsk, from Knutepunkt', async () => {
    const received = await waitForEmail(email, { subject: SUBJECT_NN });
    expect(received.headers.from).toBe(`Knutepunkt <${MAIL_FROM}>`);
    expect(received.headers['message-id']).toMatch(/^<[^@>]+@e2e\.knutepunkt\.no>$/);
    // A security message: always sent, with no way to unsubscribe from it.
    expect(received.headers['list-unsubscribe']).toBeUndefined();
    expect(received.text).toContain('Nokon bad om ei lenkje for å lage nytt passord');
    expect(received.text).toContain(`Vel kva varsel du får på e-post: ${WEB_URL}/min-side#varsler`);
    return received;
  });
  const link = linkIn(mail.text, `${WEB_URL}/nytt-passord?token=`);
  expect(link, mail.text).toBeTruthy();

  await test.step('its HTML part, read in Chromium: nynorsk, the link, a footer link to the settings', async () => {
    const reader = await context.newPage();
    await reader.setContent(mail.html);
    await expect(reader.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(reader).toHaveTitle(SUBJECT_NN);
    const main = reader.getByRole('main');
    await expect(main.getByText(/Nokon bad om ei lenkje for å lage nytt passord/)).toBeVisible();
    await expect(main.getByRole('link', { name: link! })).toHaveAttribute('href', link!);
    await expect(
      reader.getByRole('contentinfo').getByRole('link', { name: 'Vel kva varsel du får på e-post' }),
    ).toHaveAttribute('href', `${WEB_URL}/min-side#varsler`);
    await reader.close();
  });

  await test.step('the admin’s outbox: sent, subject and recipient shown, the text (and link) kept away', async () => {
    await page.goto(adminPath('/logg-inn'));
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnAdmin(page, DEMO.admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(adminPath('/'));
    await expectHeading(page, 'Oversikt');
    await expectAccessible();
    const message = page
      .getByRole('list', { name: 'Varsler, nyeste først' })
      .getByRole('listitem')
      .filter({ hasText: email })
      .filter({ has: page.getByRole('heading', { level: 2, name: SUBJECT_NN }) });
    // The row is marked sent just after the SMTP server's 250: open the page (through the menu, as
    // a person does) until it says so; each visit asks the server afresh.
    const menu = page.getByRole('navigation');
    await expect(async () => {
      if (new URL(page.url()).pathname === '/varsler') {
        await menu.getByRole('link', { name: 'Oversikt', exact: true }).click();
        await expectHeading(page, 'Oversikt');
      }
      const answer = page.waitForResponse((res) => res.url().includes('outbox.list'));
      await menu.getByRole('link', { name: 'Varsler', exact: true }).click();
      const body = await (await answer).text();
      expect(body).toContain(email);
      // Not sent to the browser at all, not only not shown.
      expect(body).not.toContain(link!);
      await expect(message.getByText(/^Sendt /)).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expectHeading(page, 'Varsler (utboks)');
    await expect(message.getByText('Lenke for å lage nytt passord')).toBeVisible();
    await expect(
      message.getByText('Innholdet er skjult fordi det har en lenke som bare mottakeren kan bruke.'),
    ).toBeVisible();
    await expect(message.getByText('Vis teksten')).toHaveCount(0);
    await expectAccessible();
  });
});
