import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { DEMO, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { chooseLanguage, coordinatorOnAdmin, expectHeading, label, waitUntilLive } from '../src/flows.ts';
import { t, type Locale } from '../src/i18n.ts';
import { linkIn, waitForEmail } from '../src/mail.ts';
import { setAccountLocale } from '../src/conference-sweep.ts';
import type { CheckedPage } from '../src/practice-flows.ts';
import {
  TEXTS,
  expectStatus,
  fitsTheScreen,
  moveTo,
  openPart,
  openWeb,
  recordInterview,
  setUpEvaluation,
  signedInPerson,
  writeNote,
} from '../src/evaluations-flows.ts';
import { writeAnalysis, writeAndPublishReport } from '../src/evaluations-report-flows.ts';

/**
 * Bruker Spør Bruker's whole cycle (issue 11, docs/adr/0025), once in bokmål and once in
 * nynorsk (whose team member, service contact and visitor read on 320 px phones), with axe on
 * every page: the lead sets an evaluation up and adds a team member; the team member records two
 * group interviews with consent and sees the re-identification warning on a note with a name
 * and an age; the service contact cannot open the notes (the pages are «not found»); the lead
 * writes a theme, a finding with a clean quote, the report and a recommendation, and publishes
 * it; an anonymous visitor reads the report, where the small group shows as «færre enn 5»; the
 * service contact responds to the recommendation and, asked for the 6-month status by e-mail
 * (the lead's «Be om status nå», the request the 6-month job sends), gives it; the public page
 * shows it.
 *
 * The server's clock cannot be moved in a running demo, so the 6-month round is asked for by the
 * lead; the service contact's browser clock is moved 6 months on (page.clock), so the page is
 * read as it would be then. Each run makes its own evaluation (unique title); the demo accounts
 * read their own language again afterwards.
 */
const MEMBER = { email: DEMO.member, name: 'Mona Medlem' };
const SIX_MONTHS = 183 * 24 * 3_600_000;

for (const L of ['nb', 'nn'] as const satisfies readonly Locale[]) {
  test(`Bruker Spør Bruker from agreement to follow-up (${L})`, async ({
    page,
    browser,
    adminPath,
    expectAccessible,
  }) => {
    test.setTimeout(240_000);
    const text = TEXTS[L];
    const title = `${L === 'nb' ? 'Evaluering av dagtilbudet' : 'Evaluering av dagtilbodet'} ${uniqueSuffix()}`;
    const phone = L === 'nn';
    const main = page.getByRole('main');
    const people: CheckedPage[] = [];
    let evaluationId = '';

    try {
      await test.step('the lead sets the evaluation up and adds a team member', async () => {
        await coordinatorOnAdmin(page, L, adminPath, expectAccessible);
        evaluationId = await setUpEvaluation(page, L, expectAccessible, adminPath, title, MEMBER);
      });
      const team = pathTo(evaluationPaths.web.team, { evaluationId });

      const member = await signedInPerson(browser, expectAccessible, L, DEMO.member, phone);
      people.push(member);
      const interviewPath = await test.step('the team member records an interview and sees the warning', async () => {
        const { page: p } = member;
        await openWeb(member, '/min-side', t(L, 'web.nav.myPage'));
        await p
          .getByRole('main')
          .getByRole('link', { name: t(L, 'evaluations.web.mine.nav') })
          .click();
        await expectHeading(p, t(L, 'evaluations.web.mine.title'));
        await member.check();
        await fitsTheScreen(p);
        await p
          .getByRole('main')
          .getByRole('listitem')
          .filter({ has: p.getByRole('heading', { name: title }) })
          .getByRole('link', { name: t(L, 'evaluations.web.mine.teamLink') })
          .click();
        await expectHeading(p, t(L, 'evaluations.web.collection.title', { title }));
        await member.check();
        await fitsTheScreen(p);

        await recordInterview(member, L, 'G1', 3);
        const path = new URL(p.url()).pathname;
        const { warning } = await writeNote(p, L, text.questions[0], text.identifying);
        // The warning lists the words, in a polite live region next to the field.
        await expect(warning).toHaveAttribute('aria-live', 'polite');
        await expect(warning).toContainText(t(L, 'evaluations.web.notes.warning'));
        await expect(warning.getByRole('listitem')).toContainText([
          t(L, 'evaluations.web.notes.hit', { text: 'Solveig', kind: t(L, 'evaluations.web.reid.name') }),
          t(L, 'evaluations.web.notes.hit', { text: '34 år', kind: t(L, 'evaluations.web.reid.age') }),
        ]);
        await member.check();
        await fitsTheScreen(p);
        const clean = await writeNote(p, L, text.questions[1], text.clean);
        await expect(clean.warning).toBeEmpty();

        await p.getByRole('link', { name: t(L, 'evaluations.web.interview.back') }).click();
        await expectHeading(p, t(L, 'evaluations.web.collection.title', { title }));
        await recordInterview(member, L, 'G2', 6);
        await writeNote(p, L, text.questions[1], text.clean);
        await member.check();
        await fitsTheScreen(p);
        return path;
      });

      const contact = await signedInPerson(browser, expectAccessible, L, DEMO.editor, phone);
      people.push(contact);
      const service = pathTo(evaluationPaths.web.service, { evaluationId });
      await test.step('the service contact cannot open the notes', async () => {
        for (const path of [interviewPath, team]) {
          // The server renders these pages as for anyone (docs/adr/0012); the browser asks as her.
          await contact.page.goto(path);
          await waitUntilLive(contact.page);
          await expectHeading(contact.page, t(L, 'ui.notFound.title'));
          await contact.check();
        }
        await openWeb(contact, service, t(L, 'evaluations.web.service.title'));
        const body = contact.page.getByRole('main');
        await expect(body).toContainText(title);
        for (const note of [text.identifying, text.clean, 'Solveig']) await expect(body).not.toContainText(note);
      });

      const leadWeb = await signedInPerson(browser, expectAccessible, L, DEMO.coordinator, false);
      people.push(leadWeb);
      await test.step('the lead moves to analysis and writes a theme, a finding and a clean quote', async () => {
        await page.goto(adminPath(pathTo(evaluationPaths.admin.evaluation, { evaluationId })));
        await expectHeading(page, title);
        await moveTo(page, L, 'analysis');

        await writeAnalysis(leadWeb, L, evaluationId, text);
      });

      await test.step('the lead writes the report and a recommendation, sends it for review and publishes it', async () => {
        await writeAndPublishReport(page, L, title, text, expectAccessible);
      });

      const visitor = await signedInPerson(browser, expectAccessible, L, null, phone);
      people.push(visitor);
      const reportPath =
        await test.step('an anonymous visitor reads the report: the small group is hidden', async () => {
          const { page: p } = visitor;
          await openWeb(visitor, evaluationPaths.web.list, t(L, 'evaluations.web.reports.title'));
          await p.getByRole('main').getByRole('link', { name: title }).click();
          await expectHeading(p, title);
          await visitor.check();
          await fitsTheScreen(p);
          const body = p.getByRole('main');
          await expect(
            body.getByRole('region', { name: t(L, 'evaluations.report.section.summary'), exact: true }),
          ).toContainText(text.summary);
          await expect(
            body.getByRole('region', { name: t(L, 'evaluations.report.section.recommendations'), exact: true }),
          ).toContainText(text.recommendation);
          await expect(
            body.getByRole('region', { name: t(L, 'evaluations.report.section.findings'), exact: true }),
          ).toContainText(text.clean);
          // One group of 3 and one of 6: two group interviews is under 5, so is hidden.
          await expect(
            body.getByRole('region', { name: t(L, 'evaluations.report.section.easyRead'), exact: true }),
          ).toContainText(text.easyRead);
          const heard = body.getByRole('region', { name: t(L, 'evaluations.report.view.heard'), exact: true });
          await expect(heard).toContainText(t(L, 'evaluations.fewerThan', { min: '5' }));
          for (const note of [text.identifying, 'Solveig']) await expect(body).not.toContainText(note);
          const path = new URL(p.url()).pathname;

          await body.getByRole('link', { name: t(L, 'evaluations.web.report.printLink') }).click();
          await expectHeading(p, title);
          await expect(p).toHaveURL(new RegExp(`${path}/utskrift$`));
          await visitor.check();
          await fitsTheScreen(p);
          await expect(p.getByRole('main')).toContainText(t(L, 'evaluations.fewerThan', { min: '5' }));
          return path;
        });

      await test.step('the service contact responds to the recommendation', async () => {
        const { page: p } = contact;
        // Published now: the forms for the response and the status are new on the page.
        await openWeb(contact, service, t(L, 'evaluations.web.service.title'), false);
        const card = p.locator('.kp-card').filter({ has: p.getByRole('heading', { name: text.recommendation }) });
        await card.getByRole('radio', { name: t(L, 'evaluations.followUp.response.agreed'), exact: true }).check();
        await card.getByLabel(label(t(L, 'evaluations.web.serviceFollowUp.plannedAction'))).fill(text.plannedAction);
        await card.getByLabel(label(t(L, 'evaluations.web.serviceFollowUp.responsible'))).fill(text.responsible);
        await card.getByRole('button', { name: t(L, 'evaluations.web.serviceFollowUp.saveResponse') }).click();
        await expect(card.getByText(t(L, 'evaluations.web.serviceFollowUp.responseSaved'))).toBeVisible();
      });

      const since = Date.now();
      await test.step('the lead asks for the 6-month status now', async () => {
        await openPart(page, L, 'followUp', t(L, 'evaluations.admin.followUp.title', { title }), null);
        const round = t(L, 'evaluations.followUp.round', { months: '6' });
        // «Be om status nå», and (hidden) which round: the visible words start the name.
        const askNow = new RegExp(`^${t(L, 'evaluations.admin.followUp.askNow')}\\s?: ${round}$`);
        await main.getByRole('button', { name: askNow }).click();
        await expectStatus(page, t(L, 'evaluations.admin.followUp.askedNow', { months: '6' }));
        await expectAccessible();
      });

      await test.step('six months on, the service contact follows the e-mail and gives a status', async () => {
        const mail = await waitForEmail(DEMO.editor, {
          since,
          subject: t(L, 'evaluations.followUp.mail.request.subject', { title }),
        });
        const link = linkIn(mail.text, WEB_URL);
        expect(link && new URL(link).pathname).toBe(service);

        const { page: p } = contact;
        // The page as it is read six months after publishing: the browser's clock moved on.
        await p.clock.setSystemTime(new Date(Date.now() + SIX_MONTHS));
        await openWeb(contact, new URL(link!).pathname, t(L, 'evaluations.web.service.title'), false);
        await expect(p.getByText(t(L, 'evaluations.web.serviceFollowUp.asked', { months: '6' }))).toBeVisible();
        const card = p.locator('.kp-card').filter({ has: p.getByRole('heading', { name: text.recommendation }) });
        const round = card.getByRole('group', {
          name: t(L, 'evaluations.web.serviceFollowUp.statusLegendRound', { months: '6' }),
        });
        await round.getByRole('radio', { name: t(L, 'evaluations.followUp.status.in_progress'), exact: true }).check();
        await card.getByLabel(label(t(L, 'evaluations.web.serviceFollowUp.comment'))).fill(text.statusComment);
        await card.getByRole('button', { name: t(L, 'evaluations.web.serviceFollowUp.saveStatus') }).click();
        await expect(card.getByText(t(L, 'evaluations.web.serviceFollowUp.statusSaved'))).toBeVisible();
        await contact.check();
        await fitsTheScreen(p);
      });

      await test.step('the public report shows the response and the status', async () => {
        const { page: p } = visitor;
        await openWeb(visitor, reportPath, title, false);
        const followUp = p.getByRole('region', { name: t(L, 'evaluations.web.followUp.heading') });
        const item = followUp.getByRole('article', { name: new RegExp(text.recommendation) });
        await expect(item).toContainText(t(L, 'evaluations.followUp.response.agreed'));
        await expect(item).toContainText(text.plannedAction);
        await expect(item).toContainText(
          `${t(L, 'evaluations.followUp.status.in_progress')} (${t(L, 'evaluations.followUp.round', { months: '6' })})`,
        );
        await expect(item).toContainText(text.statusComment);
      });

      for (const person of people) expect(person.unchecked(), 'pages not checked').toEqual([]);
    } finally {
      // The demo accounts are shared with other tests: they read bokmål again.
      if (L !== 'nb') {
        await chooseLanguage(page, L, 'nb').catch(() => undefined);
        for (const person of people) {
          await setAccountLocale(person.page.context(), WEB_URL, 'nb').catch(() => undefined);
        }
      }
      for (const person of people) await person.close();
    }
  });
}
