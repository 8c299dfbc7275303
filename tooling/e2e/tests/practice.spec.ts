import { expect, test } from '../src/fixtures.ts';
import { DEMO, DEMO_PASSWORD } from '../src/env.ts';
import { expectHeading, label, signInOnAdmin, signInOnWeb } from '../src/flows.ts';
import { newCheckedPage, resultCount, uniqueWord, waitForAutosave } from '../src/practice-flows.ts';

/**
 * The practice bank (gode praksiseksempler) end to end: an editor writes an
 * example, a coordinator sends it back and later publishes it, and anyone can
 * find it (the overviews: practice-overview.spec.ts).
 */

test('an example goes from draft through review and back to published, and a visitor finds it in nynorsk', async ({
  page,
  browser,
  adminPath,
  expectAccessible,
}) => {
  // Three people and some twenty pages, each checked with axe.
  test.slow();

  const word = uniqueWord();
  const title = `Turgruppe med kaffe ${word}`;
  const summary = `Ei turgruppe som går fast hver uke, der deltakerne bestemmer ruta (${word}).`;
  const approach =
    'Vi møtes ved biblioteket hver tirsdag klokka 11 og går i en time. En erfaringsmedarbeider leder gruppen.';
  const revisedApproach = `${approach}\n\nTuren gir rom for samtaler om bedringsprosesser og hverdagsliv (${word}).`;
  const comment = `Fint eksempel! Skriv gjerne litt om hva deltakerne får ut av turene (${word}).`;

  const editor = page;
  const coordinator = await newCheckedPage(browser, expectAccessible);
  const visitor = await newCheckedPage(browser, expectAccessible);
  const admin = coordinator.page;
  const anon = visitor.page;
  let editorUrl = '';

  try {
    await test.step('the editor signs in on the web app and starts a new example', async () => {
      await editor.goto('/logg-inn');
      await expectHeading(editor, 'Logg inn');
      await expectAccessible();

      await signInOnWeb(editor, DEMO.editor, DEMO_PASSWORD);
      await expect(editor).toHaveURL(/\/min-side$/);
      await expectHeading(editor, 'Min side');
      await expect(editor.getByRole('heading', { name: 'Våre praksiseksempler' })).toBeVisible();
      await expectAccessible();

      await editor.getByRole('main').getByRole('link', { name: 'Skriv nytt eksempel' }).click();
      await expect(editor).toHaveURL(/\/praksis\/ny(\?|$)/);
      await expectHeading(editor, 'Skriv nytt praksiseksempel');
      await expect(editor.getByRole('main').getByText('Trondheim kommune')).toBeVisible();
      await expectAccessible();

      await editor.getByLabel(label('Tittel')).fill(title);
      await expect(editor.getByRole('combobox', { name: label('Språket teksten er skrevet på') })).toHaveValue('nb');
      await editor.getByRole('button', { name: 'Opprett og begynn å skrive' }).click();

      await expect(editor).toHaveURL(/\/praksis\/rediger\/[^/]+$/);
      editorUrl = editor.url();
      await expectHeading(editor, 'Rediger praksiseksempel');
      await expect(
        editor.getByText('Eksemplet er opprettet. Teksten lagres av seg selv mens du skriver.'),
      ).toBeVisible();
      await expect(editor.getByRole('heading', { name: 'Utkast', exact: true })).toBeVisible();
      await expect(editor.getByLabel(label('Tittel'))).toHaveValue(title);
      await expectAccessible();
    });

    await test.step('the editor writes the example, it saves itself, and they submit it', async () => {
      await editor.getByLabel(label('Sammendrag')).fill(summary);
      await editor
        .getByLabel(label('Bakgrunn'))
        .fill('Mange av deltakerne i dagtilbudet ønsket seg noe å gjøre ute, sammen med andre.');
      await editor.getByLabel(label('Slik gjør vi det')).fill(approach);
      const contact = editor.getByRole('group', { name: 'Kontaktperson' });
      await contact.getByLabel(label('Navn')).fill('Tove Turleder');
      await contact.getByLabel(label('Rolle eller stilling')).fill('Erfaringsmedarbeider');
      await contact.getByLabel(label('E-post')).fill('tove.turleder@demo.knutepunkt.no');
      await editor
        .getByRole('group', { name: 'CHIME-kategorier' })
        .getByRole('checkbox', { name: 'Håp', exact: true })
        .check();
      await editor
        .getByRole('group', { name: /^Nivå( |$)/ })
        .getByRole('checkbox', { name: 'Tjeneste', exact: true })
        .check();
      await waitForAutosave(editor);
      await expectAccessible();

      await editor.getByRole('button', { name: 'Send til vurdering' }).click();
      await expect(editor.getByText('Eksemplet er sendt til vurdering.')).toBeVisible();
      await expect(editor.getByRole('heading', { name: 'Til vurdering', exact: true })).toBeVisible();
      await expect(editor.getByRole('button', { name: 'Trekk tilbake' })).toBeVisible();
      await expectAccessible();
    });

    await test.step('the coordinator opens it in the review queue and sends it back with a comment', async () => {
      await admin.goto(adminPath('/logg-inn'));
      await expectHeading(admin, 'Logg inn');
      await coordinator.check();

      await signInOnAdmin(admin, DEMO.coordinator, DEMO_PASSWORD);
      await expect(admin).toHaveURL(adminPath('/'));
      await expectHeading(admin, 'Oversikt');
      await coordinator.check();

      await admin.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Til vurdering' }).click();
      await expect(admin).toHaveURL(adminPath('/praksis/vurdering'));
      await expectHeading(admin, 'Praksiseksempler til vurdering');
      const queue = admin.getByRole('table', { name: 'Eksempler som venter på vurdering' });
      const row = queue.getByRole('row').filter({ has: admin.getByRole('link', { name: title }) });
      await expect(row).toContainText('Trondheim kommune');
      await expect(row).toContainText('Nytt eksempel');
      await coordinator.check();

      await queue.getByRole('link', { name: title }).click();
      await expect(admin).toHaveURL(new RegExp(`${adminPath('/praksis/vurdering/')}[^/]+$`));
      await expectHeading(admin, `Vurdering: ${title}`);
      await expect(admin.getByRole('main').getByText(summary)).toBeVisible();
      await expect(admin.getByText('Ingen har kommentert denne versjonen ennå.')).toBeVisible();
      await coordinator.check();

      const sendBack = admin.getByRole('form', { name: 'Send tilbake til redaktørene' });
      await sendBack.getByLabel(label('Kommentar til redaktørene')).fill(comment);
      await sendBack.getByRole('button', { name: 'Send tilbake med kommentar' }).click();
      await expect(admin).toHaveURL(adminPath('/praksis/vurdering'));
      await expect(admin.getByText(`«${title}» er sendt tilbake til redaktørene med kommentaren din.`)).toBeVisible();
      await expect(admin.getByRole('link', { name: title })).toHaveCount(0);
      await coordinator.check();
    });

    await test.step('the editor finds it sent back on Min side, reads the comment, revises and resubmits', async () => {
      await editor.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min side' }).click();
      await expect(editor).toHaveURL(/\/min-side$/);
      await expectHeading(editor, 'Min side');
      const card = editor.getByRole('listitem').filter({ has: editor.getByRole('link', { name: title, exact: true }) });
      await expect(card).toContainText('Sendt tilbake');
      await expectAccessible();

      await card.getByRole('link', { name: title, exact: true }).click();
      await expect(editor).toHaveURL(editorUrl);
      await expectHeading(editor, 'Rediger praksiseksempel');
      await expect(editor.getByRole('heading', { name: 'Sendt tilbake med kommentarer', exact: true })).toBeVisible();
      await expect(editor.getByText(comment)).toBeVisible();
      await expect(editor.getByLabel(label('Slik gjør vi det'))).toHaveValue(approach);
      await expectAccessible();

      await editor.getByLabel(label('Slik gjør vi det')).fill(revisedApproach);
      await waitForAutosave(editor);
      await editor.getByRole('button', { name: 'Send inn på nytt' }).click();
      await expect(editor.getByText('Eksemplet er sendt til vurdering.')).toBeVisible();
      await expect(editor.getByRole('heading', { name: 'Til vurdering', exact: true })).toBeVisible();
      await expectAccessible();
    });

    await test.step('the coordinator sees the revision with the earlier comment and publishes it', async () => {
      // The queue is asked again whenever the page opens.
      await admin.reload();
      await expectHeading(admin, 'Praksiseksempler til vurdering');
      const queue = admin.getByRole('table', { name: 'Eksempler som venter på vurdering' });
      await expect(queue.getByRole('link', { name: title })).toBeVisible();
      await coordinator.check();

      await queue.getByRole('link', { name: title }).click();
      await expectHeading(admin, `Vurdering: ${title}`);
      await expect(admin.getByRole('main').getByText(/Turen gir rom for samtaler om bedringsprosesser/)).toBeVisible();
      await expect(admin.getByRole('list', { name: 'Kommentarer' })).toContainText(comment);
      await coordinator.check();

      await admin
        .getByRole('form', { name: 'Publiser eksemplet' })
        .getByRole('button', { name: 'Publiser', exact: true })
        .click();
      const dialog = admin.getByRole('dialog', { name: `Publisere «${title}»?` });
      await expect(dialog).toBeVisible();
      await expect(
        dialog.getByText('Eksemplet blir synlig for alle i praksisbanken, og redaktørene får beskjed.'),
      ).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
      await coordinator.check();

      await dialog.getByRole('button', { name: 'Ja, publiser' }).click();
      await expect(admin).toHaveURL(adminPath('/praksis/vurdering'));
      await expect(admin.getByText(`«${title}» er publisert.`)).toBeVisible();
      await expect(admin.getByRole('link', { name: title })).toHaveCount(0);
      await coordinator.check();
    });

    await test.step('a visitor switches to nynorsk and finds it by an inflected word', async () => {
      await anon.goto('/praksis');
      await expectHeading(anon, 'Gode praksiseksempler');
      await visitor.check();

      const languages = anon.getByRole('group', { name: 'Språk' });
      await languages.getByRole('button', { name: 'Nynorsk' }).click();
      await expect(languages.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true');
      await expect(anon.locator('html')).toHaveAttribute('lang', 'nn');
      await expectHeading(anon, 'Gode praksiseksempel');
      await visitor.check();

      // The text says "bedringsprosesser"; the search stems "bedringsprosessen" to the same word.
      const search = anon.getByRole('search', { name: 'Søk i praksisbanken' });
      await search.getByRole('searchbox', { name: 'Søk etter ord' }).fill(`bedringsprosessen ${word}`);
      await search.getByRole('button', { name: 'Søk', exact: true }).click();
      await expect(anon).toHaveURL(/\/praksis\?q=bedringsprosessen/);
      const results = anon.getByRole('region', { name: 'Eksempel', exact: true });
      await expect(resultCount(results, '1 eksempel')).toBeVisible();
      const hit = results.getByRole('listitem').filter({ has: anon.getByRole('link', { name: title }) });
      await expect(hit).toContainText('bedringsprosesser');
      await expect(hit).toContainText('Trondheim kommune');
      await visitor.check();
    });

    await test.step('the visitor finds it with a CHIME filter, too, and opens it', async () => {
      await anon.getByRole('link', { name: 'Fjern søkjeord og filter' }).click();
      await expect(anon).toHaveURL(/\/praksis$/);
      await expectHeading(anon, 'Gode praksiseksempel');
      await visitor.check();

      const filters = anon.getByRole('form', { name: 'Avgrens søket' });
      await filters
        .getByRole('group', { name: 'CHIME-kategori' })
        .getByRole('checkbox', { name: 'Håp', exact: true })
        .check();
      await filters.getByRole('button', { name: 'Vis eksempel' }).click();
      await expect(anon).toHaveURL(/\/praksis\?chime=HOPE$/);
      const results = anon.getByRole('region', { name: 'Eksempel', exact: true });
      await expect(resultCount(results, /^\d+ eksempel$/)).toBeVisible();
      // Newest first without search words: the example published a moment ago leads the list.
      const link = results.getByRole('link', { name: title });
      await expect(link).toBeVisible();
      await visitor.check();

      await link.click();
      await expect(anon).toHaveURL(/\/praksis\/[a-z0-9-]+$/);
      await expectHeading(anon, title);
      await expect(anon.locator('html')).toHaveAttribute('lang', 'nn');
      // The interface speaks nynorsk; the text stays in the bokmål it was written in.
      await expect(anon.getByRole('heading', { name: 'Slik gjer vi det' })).toBeVisible();
      await expect(anon.getByText(/Turen gir rom for samtaler om bedringsprosesser/)).toBeVisible();
      await expect(anon.getByRole('main').getByRole('link', { name: 'Trondheim kommune' })).toBeVisible();
      await visitor.check();
    });

    expect(coordinator.unchecked(), "the coordinator's pages visited without expectAccessible()").toEqual([]);
    expect(visitor.unchecked(), "the visitor's pages visited without expectAccessible()").toEqual([]);
  } finally {
    await coordinator.close();
    await visitor.close();
  }
});
