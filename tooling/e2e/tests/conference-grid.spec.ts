import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, signInOnAdmin } from '../src/flows.ts';

/**
 * The demo coordinator places an unscheduled session in the programme editor with the
 * keyboard only (docs/adr/0023): «Plasser», the day, room, start and duration from lists,
 * «Lagre»; the change is announced and focus is back on the session, now «Flytt». At 320 px
 * the same form takes it out of the programme again, so the seed is as it was for the specs
 * that publish releases.
 *
 * Data from the demo seed (packages/db/src/seed/conference-data-2027.ts): the 2027 edition,
 * owned by the coordinator's network, days 13–14 October 2027, the room «Lille sal» and the
 * unscheduled session «Fellesskap i nærmiljøet» (60 minutes). The edition is reached through
 * the menu, the list of editions and the edition's page.
 */
const EDITION_TITLE = 'Recovery-konferansen 2027';
const SESSION_TITLE = 'Fellesskap i nærmiljøet';
const ROOM = 'Lille sal';
const DAY = 'torsdag 14. oktober';

test('a coordinator places an unscheduled session with the keyboard only', async ({
  page,
  adminPath,
  expectAccessible,
}) => {
  await page.goto(adminPath('/logg-inn'));
  await expectHeading(page, 'Logg inn');
  await expectAccessible();
  await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
  await expectHeading(page, 'Oversikt');
  await expectAccessible();

  // To the edition through the menu and the list of editions, then its programme editor.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Konferanse' }).click();
  await expectHeading(page, 'Konferanser');
  await expectAccessible();
  await page.getByRole('main').getByRole('link', { name: EDITION_TITLE }).click();
  await expectHeading(page, new RegExp(EDITION_TITLE));
  await expectAccessible();
  await page
    .getByRole('navigation', { name: 'Deler av konferansen' })
    .getByRole('link', { name: 'Programeditor' })
    .click();
  await expect(page).toHaveURL(/\/konferanse\/[^/]+\/programeditor$/);
  await expectHeading(page, /^Programeditor: /);
  await expect(page.getByText(/Alle tider er norsk tid/)).toBeVisible();
  await expectAccessible();

  const main = page.getByRole('main');
  const unscheduled = main.getByRole('region', { name: 'Ikke plassert' });
  const placedBefore = main.getByRole('button', { name: `Flytt «${SESSION_TITLE}»` });
  if ((await placedBefore.count()) > 0) {
    await placedBefore.press('Enter');
    await main.getByRole('button', { name: 'Fjern fra programmet' }).press('Enter');
    await expect(main.getByRole('status').getByText(/er fjernet fra programmet/)).toBeVisible();
  }
  await unscheduled.getByRole('button', { name: `Plasser «${SESSION_TITLE}»` }).focus();
  await page.keyboard.press('Enter');

  const form = main.getByRole('region', { name: `Plasser «${SESSION_TITLE}»` });
  await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
  await expectAccessible();
  // Tab through the form; each select is chosen from the keyboard.
  await page.keyboard.press('Tab');
  const day = form.getByRole('combobox', { name: 'Dag' });
  await expect(day).toBeFocused();
  await day.selectOption({ label: DAY });
  await page.keyboard.press('Tab');
  const room = form.getByRole('combobox', { name: 'Rom' });
  await expect(room).toBeFocused();
  await room.selectOption({ label: ROOM });
  await page.keyboard.press('Tab');
  const time = form.getByRole('combobox', { name: 'Starttid (norsk tid)' });
  await expect(time).toBeFocused();
  await time.selectOption('10:15');
  await page.keyboard.press('Tab');
  await form.getByRole('combobox', { name: 'Varighet' }).selectOption('60');
  await form.getByRole('button', { name: 'Lagre' }).focus();
  await page.keyboard.press('Enter');

  await expect(
    main.getByRole('status').getByText(`«${SESSION_TITLE}» er plassert i ${ROOM}, ${DAY} kl. 10:15.`),
  ).toBeVisible();
  await expect(main.getByRole('button', { name: `Flytt «${SESSION_TITLE}»` })).toBeFocused();
  await expect(unscheduled.getByRole('button', { name: `Plasser «${SESSION_TITLE}»` })).toHaveCount(0);
  await expectAccessible();

  // At 320 px the grid scrolls sideways and the form still works.
  await page.setViewportSize({ width: 320, height: 800 });
  await main.getByRole('button', { name: `Flytt «${SESSION_TITLE}»` }).press('Enter');
  const moveForm = main.getByRole('region', { name: `Flytt «${SESSION_TITLE}»` });
  await expect(moveForm.getByRole('combobox', { name: 'Rom' })).toHaveValue(/.+/);
  await expect(moveForm.getByRole('combobox', { name: 'Starttid (norsk tid)' })).toHaveValue('10:15');
  await expectAccessible();
  await moveForm.getByRole('button', { name: 'Fjern fra programmet' }).focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('status').getByText(`«${SESSION_TITLE}» er fjernet fra programmet.`)).toBeVisible();
  await expect(unscheduled.getByRole('button', { name: `Plasser «${SESSION_TITLE}»` })).toBeFocused();
});
