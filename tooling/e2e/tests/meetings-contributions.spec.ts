import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, gotoLive, label, signInOnAdmin, signInOnWeb } from '../src/flows.ts';

/**
 * Contributions (innspill) before a meeting (docs/adr/0018), with the demo seed's meeting, whose
 * call already has the Sandnes questions and a status table of the network's goals, and some
 * organisations' contributions (packages/db/src/seed/meetings-data-upcoming.ts): the coordinator
 * moves the deadline and adds a question, the demo editor of Trondheim kommune (which has not
 * written yet) answers (saved as written) and sends, and the coordinator sees it compiled.
 */
const TITLE = 'Nettverkssamling i Trondheim';

test('the coordinator asks, an editor answers and sends, the coordinator reads the compilation', async ({
  page,
  adminPath,
  expectAccessible,
}) => {
  test.slow();
  // The demo meeting is six weeks ahead: a deadline four weeks from now is before it.
  const deadline = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);

  await test.step('the coordinator writes the prompts and the deadline', async () => {
    await page.goto(adminPath('/logg-inn'));
    await expectHeading(page, 'Logg inn');
    await expectAccessible();
    await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
    await expectHeading(page, 'Oversikt');
    await expectAccessible();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Møter' }).click();
    await expectHeading(page, 'Møter');
    await expectAccessible();
    await page.getByRole('main').getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await expectAccessible();
    await page.getByRole('main').getByRole('link', { name: 'Innspill', exact: true }).click();
    await expectHeading(page, `Innspill: ${TITLE}`);
    await expectAccessible();

    const editor = page.getByRole('region', { name: 'Spørsmål og frist' });
    const question = (n: number) =>
      editor.getByRole('group', { name: `Spørsmål ${n}` }).getByRole('textbox', { name: label('Spørsmål') });
    // The seeded call: three questions, then the status table.
    await expect(question(1)).toHaveValue('En hendelse fra det siste året som dere er glade for');
    await expect(editor.getByRole('group', { name: 'Spørsmål 4' }).getByLabel(label('Type'))).toHaveValue(
      'status_table',
    );
    await editor.getByLabel(label('Dato')).fill(deadline);
    await editor.getByRole('button', { name: 'Legg til spørsmål' }).click();
    // Focus goes to the new question's text.
    await expect(question(5)).toBeFocused();
    await question(5).fill('Hva ønsker dere at nettverket tar opp neste gang?');
    await editor.getByRole('button', { name: 'Lagre spørsmål og frist' }).click();
    await expect(page.getByText('Spørsmålene og fristen er lagret.')).toBeVisible();
    await expectAccessible();
  });

  await test.step('the editor answers, sees it saved, and sends', async () => {
    await gotoLive(page, '/logg-inn');
    await expectAccessible();
    await signInOnWeb(page, DEMO.editor, DEMO_PASSWORD);
    await expect(page).toHaveURL(/min-side/);
    await expectHeading(page, /Min side/);
    await expectAccessible();
    await gotoLive(page, '/moter/nettverkssamling-i-trondheim');
    await expectHeading(page, TITLE);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Skriv innspill til møtet for organisasjonen din' })).toBeVisible();
    await expectAccessible();
    await main.getByRole('link', { name: 'Skriv innspill til møtet for organisasjonen din' }).click();
    await expectHeading(page, `Innspill: ${TITLE}`);
    await expectAccessible();

    await main
      .getByLabel('5. Hva ønsker dere at nettverket tar opp neste gang?')
      .fill('Reflektere over egen praksis i små grupper.');
    const table = main.getByRole('group', { name: '4. Status for nettverkets mål' });
    const fit = 'Systematiske tilbakemeldinger (FIT) i tjenestene';
    await table.getByRole('combobox', { name: `${fit} Status` }).selectOption('in_progress');
    await table.getByRole('textbox', { name: `${fit} Kommentar` }).fill('Opplæring gjennomført');
    await table.getByRole('textbox', { name: `${fit} Kommentar` }).blur();
    await expect(main.getByRole('status').filter({ hasText: /^Lagret \d\d:\d\d$/ })).toBeVisible();
    await main.getByRole('button', { name: 'Send innspillet' }).click();
    await expect(main.getByText('Innspillet er sendt til koordinatoren.')).toBeVisible();
    await expectAccessible();
  });

  await test.step('the coordinator sees the answer in the compilation', async () => {
    await page.goto(adminPath('/moter'));
    await expectHeading(page, 'Møter');
    await expectAccessible();
    await page.getByRole('main').getByRole('link', { name: TITLE }).click();
    await expectHeading(page, TITLE);
    await expectAccessible();
    await page.getByRole('main').getByRole('link', { name: 'Innspill', exact: true }).click();
    await expectHeading(page, `Innspill: ${TITLE}`);
    const main = page.getByRole('main');
    await expect(main.getByText('Reflektere over egen praksis i små grupper.')).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: 'Trondheim kommune' }).first()).toBeVisible();
    await expect(main.getByRole('cell', { name: 'Opplæring gjennomført' })).toBeVisible();
    await expectAccessible();
  });
});
