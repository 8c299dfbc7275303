import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, WEB_URL } from '../src/env.ts';
import { label } from '../src/flows.ts';
import { t, type Locale } from '../src/i18n.ts';
import {
  LOCALES,
  checkLoaded,
  collectConsoleErrors,
  setAccountLocale,
  signInByApi,
  useLocaleCookie,
} from '../src/conference-sweep.ts';
import { type SweepEvaluation, createSweepEvaluation, sweep } from '../src/evaluations-sweep.ts';

/**
 * Every Bruker Spør Bruker page (issue 11) in a real browser, in bokmål at 1280 px and nynorsk
 * at 320 px: axe, one h1, labelled controls, no sideways scrolling, no console errors. The
 * pages the cycle (evaluations-cycle.spec.ts) goes through are swept here too, with the checks
 * the cycle does not make. A small evaluation in data collection, with an open questionnaire,
 * is made through the admin API first; the web questionnaire is answered through a link made
 * with «Lag lenker», once, and the link then says it was used.
 */
const admin = evaluationPaths.admin;
const web = evaluationPaths.web;
const widthFor = (locale: Locale) => (locale === 'nb' ? 1280 : 320);

let evaluation: SweepEvaluation;

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(60_000);
  const request = await playwright.request.newContext();
  try {
    evaluation = await createSweepEvaluation(request);
  } finally {
    await request.dispose();
  }
});

test('the admin evaluation pages, as the lead', async ({ page, context, adminPath, expectAccessible }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(context);
  await signInByApi(context.request, ADMIN_URL, DEMO.coordinator, DEMO_PASSWORD);
  const evaluationId = evaluation.id;
  type Part = 'evaluation' | 'agreement' | 'plan' | 'team' | 'guide' | 'questionnaires';
  const of = (part: Part | 'dialogue' | 'report' | 'followUp' | 'privacy') =>
    adminPath(pathTo(admin[part], { evaluationId }));
  const pages = [
    adminPath(admin.list),
    adminPath(admin.create),
    of('evaluation'),
    of('agreement'),
    of('plan'),
    of('team'),
    of('guide'),
    of('questionnaires'),
    adminPath(pathTo(admin.questionnaire, { evaluationId, questionnaireId: evaluation.questionnaireId })),
    of('dialogue'),
    of('report'),
    of('followUp'),
    of('privacy'),
  ];
  try {
    for (const L of LOCALES) {
      await setAccountLocale(context, ADMIN_URL, L);
      const width = widthFor(L);
      await page.setViewportSize({ width, height: 800 });
      for (const url of pages) {
        await test.step(`${L} ${width}px ${url}`, () => sweep(page, url, { expectAccessible, locale: L }));
      }
    }
  } finally {
    await setAccountLocale(context, ADMIN_URL, 'nb');
  }
  expect(errors, 'console errors').toEqual([]);
});

test('the web evaluation pages, for the team, the service and everyone', async ({
  page,
  browser,
  context,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(context);
  const evaluationId = evaluation.id;
  // The team member in this context; the service contact in one of her own.
  await signInByApi(context.request, WEB_URL, DEMO.member, DEMO_PASSWORD);
  const contact = await browser.newContext({ baseURL: WEB_URL, timezoneId: 'Europe/Oslo' });
  const contactErrors = collectConsoleErrors(contact);
  const anonymous = await browser.newContext({ baseURL: WEB_URL, timezoneId: 'Europe/Oslo' });
  const anonymousErrors = collectConsoleErrors(anonymous);
  await signInByApi(contact.request, WEB_URL, DEMO.editor, DEMO_PASSWORD);
  const teamPages = [
    web.mine,
    pathTo(web.team, { evaluationId }),
    pathTo(web.paper, { evaluationId }),
    pathTo(web.analysis, { evaluationId }),
  ];
  const servicePages = [web.mine, pathTo(web.service, { evaluationId })];
  try {
    for (const L of LOCALES) {
      const width = widthFor(L);
      await setAccountLocale(context, WEB_URL, L);
      await setAccountLocale(contact, WEB_URL, L);
      await useLocaleCookie(anonymous, L);
      for (const [who, ctx, paths] of [
        ['team member', context, teamPages],
        ['service contact', contact, servicePages],
        ['anyone', anonymous, [web.list]],
      ] as const) {
        const p = ctx === context ? page : await ctx.newPage();
        await p.setViewportSize({ width, height: 800 });
        for (const path of paths) {
          await test.step(`${L} ${width}px ${who} ${path}`, () =>
            sweep(p, path, { expectAccessible, web: true, locale: L }));
        }
        if (p !== page) await p.close();
      }
      await test.step(`${L}: a paper questionnaire is entered`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await sweep(page, pathTo(web.paper, { evaluationId }), { expectAccessible, web: true, locale: L });
        const main = page.getByRole('main');
        await main
          .getByRole('group', { name: /^1\. Har du fått hjelp\?/ })
          .getByRole('radio', { name: 'Ja' })
          .check();
        await main.getByRole('button', { name: t(L, 'evaluations.web.paper.saveNext') }).click();
        await expect(main.getByText(t(L, 'evaluations.web.paper.saved', { n: 1 }))).toBeVisible();
        await checkLoaded(page, { expectAccessible });
      });
    }
  } finally {
    await setAccountLocale(context, WEB_URL, 'nb');
    await setAccountLocale(contact, WEB_URL, 'nb');
    await contact.close();
    await anonymous.close();
  }
  expect([...errors, ...contactErrors, ...anonymousErrors], 'console errors').toEqual([]);
});

test('the web questionnaire through a one-time link, on a phone', async ({
  page,
  browser,
  context,
  adminPath,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(context);
  await signInByApi(context.request, ADMIN_URL, DEMO.coordinator, DEMO_PASSWORD);
  for (const L of LOCALES) {
    const width = widthFor(L);
    const link = await test.step(`${L}: the lead makes a link with «Lag lenker»`, async () => {
      await setAccountLocale(context, ADMIN_URL, L);
      await sweep(
        page,
        adminPath(
          pathTo(admin.questionnaire, { evaluationId: evaluation.id, questionnaireId: evaluation.questionnaireId }),
        ),
        { expectAccessible, locale: L, heading: evaluation.questionnaireTitle },
      );
      const links = page.getByRole('region', { name: t(L, 'evaluations.admin.questionnaire.links.title') });
      await links.getByLabel(label(t(L, 'evaluations.admin.questionnaire.links.count'))).fill('1');
      await links.getByRole('button', { name: t(L, 'evaluations.admin.questionnaire.links.create') }).click();
      const table = links.getByRole('table', { name: t(L, 'evaluations.admin.questionnaire.links.caption') });
      await expect(table.getByRole('row')).toHaveCount(2);
      await checkLoaded(page, { expectAccessible });
      return (await table.getByRole('row').nth(1).getByRole('cell').last().textContent())!.trim();
    });
    expect(new URL(link).pathname).toBe(web.questionnaire);

    // Someone with the slip of paper, on a phone, in their language, not signed in.
    const phone = await browser.newContext({
      locale: L === 'nn' ? 'nn-NO' : 'nb-NO',
      timezoneId: 'Europe/Oslo',
      viewport: { width, height: 800 },
    });
    const phoneErrors = collectConsoleErrors(phone);
    await phone.addCookies([{ name: 'kp_locale', value: L, url: WEB_URL }]);
    const p = await phone.newPage();
    try {
      await test.step(`${L} ${width}px: the questionnaire is answered once`, async () => {
        await sweep(p, link, { expectAccessible, web: true, locale: L, heading: evaluation.questionnaireTitle });
        const main = p.getByRole('main');
        // Sent without the required answer: the error summary names it, and the field says so.
        await main.getByRole('button', { name: t(L, 'evaluations.web.questionnaire.submit') }).click();
        await expect(main.getByRole('link', { name: t(L, 'evaluations.answers.required') })).toBeVisible();
        await checkLoaded(p, { expectAccessible });
        await main
          .getByRole('group', { name: /^1\. Har du fått hjelp\?/ })
          .getByRole('radio', { name: 'Ja' })
          .check();
        await main.getByRole('checkbox', { name: 'Turgruppa' }).check();
        await main.getByRole('radio', { name: /^4$/ }).check();
        await main.getByRole('textbox', { name: /^4\. Hva kan bli bedre\?/ }).fill('Lengre åpningstider.');
        await main.getByRole('button', { name: t(L, 'evaluations.web.questionnaire.submit') }).click();
        await expect(p.getByText(t(L, 'evaluations.web.questionnaire.thanksTitle'))).toBeVisible();
        await checkLoaded(p, { expectAccessible });
      });
      await test.step(`${L} ${width}px: the same link again says it was used`, async () => {
        await sweep(p, link, { expectAccessible, web: true, locale: L });
        await expect(p.getByRole('alert')).toContainText(t(L, 'evaluations.web.questionnaire.linkInvalid'));
      });
    } finally {
      await phone.close();
    }
    // The used link's read answers 404, which the browser reports as a failed load: that
    // answer is the page's subject here, not a fault.
    expect(
      phoneErrors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
      'console errors',
    ).toEqual([]);
  }
  await setAccountLocale(context, ADMIN_URL, 'nb');
  expect(errors, 'console errors').toEqual([]);
});
