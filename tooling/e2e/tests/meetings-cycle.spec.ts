import { meetingPaths, pathTo, slugify } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { DEMO, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { chooseLanguage, coordinatorOnAdmin, expectHeading, gotoLive, label } from '../src/flows.ts';
import { t, type Locale } from '../src/i18n.ts';
import { linkIn, waitForEmail } from '../src/mail.ts';
import {
  createAccount,
  createMeeting,
  meetingTimes,
  openMeetingPage,
  personPage,
  registerForMeeting,
  signIn,
} from '../src/meetings-flows.ts';

/**
 * A network meeting's whole cycle (issue 9), once in bokmål and once in nynorsk, with axe on
 * every page: the coordinator plans a meeting with two seats and asks for contributions; three
 * new people register and the third waits; the first cancels, and the third gets the seat and
 * the e-mail; an editor of a member organisation answers the contributions; the coordinator
 * checks people in on a 360 px wide screen and publishes minutes with an action point; the
 * network's next meeting shows it under "siden sist", and the organisation's editor updates it.
 *
 * Every label and text comes from the interface's own catalogues (src/i18n.ts), so the
 * nynorsk run fails wherever a page still speaks bokmål. The new people choose the language
 * when they make their account; the demo coordinator and editor choose it with the switch in
 * the header, and switch back to bokmål at the end (the demo accounts are shared by other tests).
 */
const NETWORK_ORGANISATION = 'Trondheim kommune'; // the demo editor's, a member of the coordinator's network

for (const L of ['nb', 'nn'] as const satisfies readonly Locale[]) {
  test(`a meeting's cycle from planning to "siden sist" (${L})`, async ({
    page,
    browser,
    adminPath,
    expectAccessible,
  }) => {
    // About 3 minutes on a quiet two-core machine; 40 pages, each with axe.
    test.setTimeout(300_000);
    const suffix = uniqueSuffix();
    const title = `E2E syklus ${L} ${suffix}`;
    const nextTitle = `E2E neste ${L} ${suffix}`;
    const what = `Prøve ut likepersonsgrupper ${suffix}`;
    const times = meetingTimes();
    const webPath = pathTo(meetingPaths.web.meeting, { slug: `${slugify(title)}-${times.date}` });
    const main = page.getByRole('main');
    const people = await Promise.all([1, 2, 3].map(() => personPage(browser, expectAccessible, L)));
    const editor = await personPage(browser, expectAccessible, 'nb');
    let adminMeeting = '';

    try {
      await test.step('the coordinator chooses the language and plans a meeting with two seats', async () => {
        await coordinatorOnAdmin(page, L, adminPath, expectAccessible);
        adminMeeting = await createMeeting(page, L, adminPath, expectAccessible, { title, ...times, capacity: '2' });
      });

      await test.step('… and asks the organisations for contributions before it starts', async () => {
        await main.getByRole('link', { name: t(L, 'meetings.admin.contributions.link'), exact: true }).click();
        await expectHeading(page, t(L, 'meetings.admin.contributions.title', { title }));
        const prompts = page.getByRole('region', { name: t(L, 'meetings.admin.contributions.promptsTitle') });
        await prompts.getByLabel(label(t(L, 'meetings.admin.contributions.deadlineDate'))).fill(times.date);
        await prompts.getByLabel(label(t(L, 'meetings.admin.contributions.deadlineTime'))).fill(times.start);
        await prompts.getByRole('button', { name: t(L, 'meetings.admin.contributions.add') }).click();
        await prompts
          .getByRole('group', { name: t(L, 'meetings.admin.contributions.prompt', { n: 1 }) })
          .getByRole('textbox', { name: label(t(L, 'meetings.admin.contributions.question')) })
          .fill('Kva har de fått til sidan sist?');
        await prompts.getByRole('button', { name: t(L, 'meetings.admin.contributions.save') }).click();
        await expect(page.getByText(t(L, 'meetings.admin.contributions.saved'))).toBeVisible();
        await expectAccessible();
      });

      const accounts = await test.step('three new people make accounts in their language and register', async () => {
        // The accounts in parallel (three browsers); the registrations in order, so the third waits.
        const made = await Promise.all(
          people.map((person, i) => createAccount(person, L, ['Astrid', 'Bjørn', 'Cecilie'][i]!)),
        );
        for (const [i, person] of people.entries()) {
          await gotoLive(person.page, webPath);
          await expectHeading(person.page, title);
          await expect(person.page.locator('html')).toHaveAttribute('lang', L);
          await registerForMeeting(
            person.page,
            L,
            i < 2 ? t(L, 'meetings.web.register.confirmed') : t(L, 'meetings.web.register.waiting', { place: 1 }),
            i === 2,
          );
          await person.check();
        }
        return made;
      });

      await test.step('the first cancels; the third gets the seat and the e-mail, in their language', async () => {
        const first = people[0]!.page;
        const since = Date.now();
        await first
          .getByRole('main')
          .getByRole('button', { name: t(L, 'meetings.web.cancel.button') })
          .click();
        const dialog = first.getByRole('dialog', { name: t(L, 'meetings.web.cancel.title') });
        await expect(dialog.getByText(t(L, 'meetings.web.cancel.text'))).toBeVisible();
        await people[0]!.check();
        await dialog.getByRole('button', { name: t(L, 'meetings.web.cancel.button') }).click();
        await expect(first.getByRole('main').getByText(t(L, 'meetings.web.cancel.done'))).toBeVisible();
        await people[0]!.check();

        const mail = await waitForEmail(accounts[2]!.email, {
          since,
          subject: t(L, 'meetings.mail.promoted.subject', { title }),
        });
        // The body's first words, up to the title: the rest holds a time and a link.
        expect(mail.text).toContain(t(L, 'meetings.mail.promoted.body').split('«')[0]);
        const link = linkIn(mail.text, WEB_URL);
        expect(link && new URL(link).pathname).toBe(webPath);

        const third = people[2]!;
        await gotoLive(third.page, new URL(link!).pathname);
        await expectHeading(third.page, title);
        await expect(third.page.getByRole('main').getByText(t(L, 'meetings.web.register.youConfirmed'))).toBeVisible();
        await third.check();
      });

      await test.step('an editor of a member organisation answers the contributions', async () => {
        const { page: ed, check } = editor;
        await gotoLive(ed, '/logg-inn');
        await check();
        await signIn(ed, 'nb', DEMO.editor);
        await expect(ed).toHaveURL(/min-side/);
        await ed.locator('html[data-live]').waitFor({ state: 'attached' });
        await chooseLanguage(ed, L, L);
        await expectHeading(ed, t(L, 'web.nav.myPage'));
        await check();
        await openMeetingPage(ed, webPath, title, check);
        await ed
          .getByRole('main')
          .getByRole('link', { name: t(L, 'meetings.web.contributions.link') })
          .click();
        await expectHeading(ed, t(L, 'meetings.web.contributions.title', { title }));
        await check();
        await ed
          .getByRole('main')
          .getByLabel('1. Kva har de fått til sidan sist?')
          .fill('Vi har starta opp to grupper.');
        await ed.getByRole('main').getByLabel('1. Kva har de fått til sidan sist?').blur();
        const saved = t(L, 'meetings.web.contributions.autosave.saved', { time: 'TIME' }).replace(
          'TIME',
          '\\d\\d[:.]\\d\\d',
        );
        await expect(ed.getByRole('status').filter({ hasText: new RegExp(`^${saved}$`) })).toBeVisible();
        await ed.getByRole('button', { name: t(L, 'meetings.web.contributions.send') }).click();
        await expect(ed.getByText(t(L, 'meetings.web.contributions.sentNow'))).toBeVisible();
        await check();
      });

      await test.step('the coordinator checks the two with a seat in on a 360 px wide screen', async () => {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(adminPath(adminMeeting));
        await expectHeading(page, title);
        await main
          .getByRole('region', { name: t(L, 'meetings.admin.day.title') })
          .getByRole('link', { name: t(L, 'meetings.admin.day.checkIn') })
          .click();
        await expectHeading(page, t(L, 'meetings.admin.checkIn.title', { title }));
        await expect(main.getByText(t(L, 'meetings.admin.checkIn.counts', { attended: 0, total: 2 }))).toBeVisible();
        await expectAccessible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, 'the check-in page fits a 360 px screen').toBeLessThanOrEqual(360);
        for (const person of [accounts[1]!, accounts[2]!]) {
          await main.getByRole('checkbox', { name: new RegExp(person.name) }).check();
        }
        await expect(main.getByText(t(L, 'meetings.admin.checkIn.counts', { attended: 2, total: 2 }))).toBeVisible();
        await expect(main.getByText(t(L, 'meetings.admin.checkIn.sync.done'))).toBeVisible();
        await expect(main.getByRole('checkbox', { name: new RegExp(accounts[0]!.name) })).toHaveCount(0);
        await expectAccessible();
        await page.setViewportSize({ width: 1280, height: 800 });
      });

      await test.step('… and publishes the minutes with an action point for the editor’s organisation', async () => {
        await page.goto(adminPath(adminMeeting));
        await expectHeading(page, title);
        await main.getByRole('link', { name: t(L, 'meetings.admin.minutes.link') }).click();
        await expectHeading(page, t(L, 'meetings.admin.minutes.title', { title }));
        await main.getByLabel(label(t(L, 'meetings.admin.minutes.body'))).fill('## Kva vi snakka om\n\nGrupper.');
        await main
          .getByRole('group', { name: t(L, 'meetings.admin.minutes.visibility') })
          .getByRole('radio', { name: t(L, 'meetings.minutes.visibility.network') })
          .check();
        await main.getByRole('button', { name: t(L, 'meetings.admin.minutes.save') }).click();
        await expect(page.getByText(t(L, 'meetings.admin.minutes.saved'))).toBeVisible();

        const points = page.getByRole('region', { name: t(L, 'meetings.actionPoints.heading') });
        await points
          .getByLabel(label(t(L, 'meetings.actionPoints.what')))
          .last()
          .fill(what);
        await points
          .getByRole('group', { name: t(L, 'meetings.admin.actionPoints.organisationsLegend') })
          .getByRole('checkbox', { name: NETWORK_ORGANISATION })
          .check();
        await points.getByRole('button', { name: t(L, 'meetings.admin.actionPoints.add') }).click();
        await expect(points.getByText(t(L, 'meetings.admin.actionPoints.added'))).toBeVisible();
        await expect(points.getByRole('rowheader', { name: what })).toBeVisible();
        await expectAccessible();

        await main.getByRole('button', { name: t(L, 'meetings.admin.minutes.publish') }).click();
        await expect(page.getByText(t(L, 'meetings.admin.minutes.publishedNotice'))).toBeVisible();
        await expectAccessible();
      });

      const nextPath = await test.step('the coordinator plans the network’s next meeting', async () => {
        const later = meetingTimes(Date.now() + 14 * 86_400_000);
        await createMeeting(page, L, adminPath, expectAccessible, { title: nextTitle, ...later });
        return pathTo(meetingPaths.web.meeting, { slug: `${slugify(nextTitle)}-${later.date}` });
      });

      await test.step('its "siden sist" shows the action point; the editor updates the status', async () => {
        const { page: ed, check } = editor;
        await openMeetingPage(ed, nextPath, nextTitle, check);
        await ed
          .getByRole('main')
          .getByRole('link', { name: t(L, 'meetings.web.minutes.sinceLastLink') })
          .first()
          .click();
        await expectHeading(ed, `${t(L, 'meetings.web.sinceLast.title')}: ${nextTitle}`);
        const point = ed.getByRole('listitem').filter({ has: ed.getByRole('heading', { name: what }) });
        const status = point.locator('strong');
        await expect(status).toHaveText(t(L, 'meetings.actionPoints.status.open'));
        await check();

        await point.getByRole('combobox', { name: t(L, 'meetings.actionPoints.status') }).selectOption('in_progress');
        await point.getByLabel(label(t(L, 'meetings.actionPoints.comment'))).fill('Første gruppe er i gang.');
        await point.getByRole('button', { name: t(L, 'meetings.web.actionPoints.save') }).click();
        await expect(point.getByText(t(L, 'meetings.web.actionPoints.saved'))).toBeVisible();
        await expect(status).toHaveText(t(L, 'meetings.actionPoints.status.in_progress'));
        await expect(point.getByText('Første gruppe er i gang.').first()).toBeVisible();
        await check();
      });

      for (const person of [...people, editor]) expect(person.unchecked(), 'pages not checked').toEqual([]);
    } finally {
      // The demo accounts are shared with other tests: they read bokmål again.
      if (L !== 'nb') {
        await chooseLanguage(page, L, 'nb').catch(() => undefined);
        await chooseLanguage(editor.page, L, 'nb').catch(() => undefined);
      }
      for (const person of [...people, editor]) await person.close();
    }
  });
}
