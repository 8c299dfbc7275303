import type { Browser, Page } from '@playwright/test';
import { evaluationPaths, pathTo, type MessageKey } from '@knutepunkt/domain';
import { expect } from './fixtures.ts';
import { DEMO_PASSWORD, WEB_URL } from './env.ts';
import { expectHeading, label, waitUntilLive } from './flows.ts';
import { BROWSER_LOCALE, t, type Locale } from './i18n.ts';
import { signInByApi, setAccountLocale } from './conference-sweep.ts';
import { textLike } from './conference-flows.ts';
import { oslo } from './meetings-flows.ts';
import { newCheckedPage, type CheckedPage } from './practice-flows.ts';

/**
 * Steps of the Bruker Spør Bruker end-to-end tests (tests/evaluations-*.spec.ts), in any
 * interface language: every label and text comes from the catalogues via `t`.
 */

type Check = (target?: Page) => Promise<void>;

/** The evaluated service (the demo's editor, redaktor@, is its service contact). */
export const SERVICE = 'Trondheim kommune';

/** The languages the cycle runs in. */
export type RunLocale = 'nb' | 'nn';

/** What each run writes, in the run's language (the report keeps its own language). */
export const TEXTS = {
  nb: {
    purpose: 'Finne ut hvordan brukerne opplever dagtilbudet.',
    consent: 'Jeg samtykker i at det jeg sier blir brukt uten navn i rapporten.',
    theme: 'Å bli møtt',
    questions: ['Hvordan ble du møtt første gang?', 'Hva kunne vært bedre?'],
    identifying: 'Solveig, 34 år, sa at hun ble møtt med respekt.',
    clean: 'Det var godt å bli tatt på alvor fra første dag.',
    analysisTheme: 'Respekt og trygghet',
    finding: 'Deltakerne opplevde å bli tatt på alvor.',
    summary: 'Brukerne er i hovedsak fornøyde med dagtilbudet.',
    background: 'Kommunen ba om en evaluering av dagtilbudet.',
    method: 'Gruppeintervjuer ledet av brukerintervjuere.',
    easyRead: 'Folk liker stedet. Noe kan bli bedre.',
    recommendation: 'Lag faste samtaler med nye brukere',
    recommendationBody: 'Nye brukere bør få en fast samtale den første uka.',
    plannedAction: 'Vi innfører velkomstsamtaler fra høsten.',
    responsible: 'Leder for dagsenteret',
    statusComment: 'Halvparten av de nye har hatt samtale.',
  },
  nn: {
    purpose: 'Finne ut korleis brukarane opplever dagtilbodet.',
    consent: 'Eg samtykkjer i at det eg seier blir brukt utan namn i rapporten.',
    theme: 'Å bli møtt',
    questions: ['Korleis vart du møtt første gongen?', 'Kva kunne vore betre?'],
    identifying: 'Solveig, 34 år, sa at ho vart møtt med respekt.',
    clean: 'Det var godt å bli teken på alvor frå første dag.',
    analysisTheme: 'Respekt og tryggleik',
    finding: 'Deltakarane opplevde å bli tekne på alvor.',
    summary: 'Brukarane er i hovudsak nøgde med dagtilbodet.',
    background: 'Kommunen bad om ei evaluering av dagtilbodet.',
    method: 'Gruppeintervju leidde av brukarintervjuarar.',
    easyRead: 'Folk liker staden. Noko kan bli betre.',
    recommendation: 'Lag faste samtalar med nye brukarar',
    recommendationBody: 'Nye brukarar bør få ein fast samtale den første veka.',
    plannedAction: 'Vi innfører velkomstsamtalar frå hausten.',
    responsible: 'Leiar for dagsenteret',
    statusComment: 'Halvparten av dei nye har hatt samtale.',
  },
} as const;

/** A person in a browser of their own, signed in through the API, reading the web app in `locale`. */
export async function signedInPerson(
  browser: Browser,
  expectAccessible: Check,
  locale: Locale,
  email: string | null,
  phone: boolean,
): Promise<CheckedPage> {
  const person = await newCheckedPage(browser, expectAccessible, {
    baseURL: WEB_URL,
    locale: BROWSER_LOCALE[locale],
    timezoneId: 'Europe/Oslo',
    ...(phone ? { viewport: { width: 320, height: 800 } } : {}),
  });
  const context = person.page.context();
  if (email) {
    await signInByApi(context.request, WEB_URL, email, DEMO_PASSWORD);
    await setAccountLocale(context, WEB_URL, locale);
  } else {
    await context.addCookies([{ name: 'kp_locale', value: locale, url: WEB_URL }]);
  }
  return person;
}

/** On a phone, a page that scrolls sideways is a page half read (WCAG 1.4.10). */
export async function fitsTheScreen(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 1280;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `${page.url()} fits a ${width} px screen`).toBeLessThanOrEqual(width);
}

/**
 * Open a web page, wait until it is live and its h1 is there, then check it (`check` false: a
 * page this person has had checked already, opened again for what changed on it).
 */
export async function openWeb(
  person: CheckedPage,
  path: string,
  heading: string | RegExp,
  check = true,
): Promise<void> {
  await person.page.goto(path);
  await waitUntilLive(person.page);
  await expectHeading(person.page, heading);
  if (!check) return;
  await person.check();
  await fitsTheScreen(person.page);
}

/** One of an evaluation's parts, through its sub-navigation in the admin app. */
export async function openPart(
  page: Page,
  L: Locale,
  part: 'evaluation' | 'agreement' | 'plan' | 'team' | 'guide' | 'report' | 'followUp',
  heading: string | RegExp,
  /** Null: checked later, once it shows what the step came for (or checked before). */
  check: Check | null,
): Promise<void> {
  await page
    .getByRole('navigation', { name: t(L, 'evaluations.admin.setup.nav.label') })
    .getByRole('link', { name: t(L, `evaluations.admin.setup.nav.${part}`), exact: true })
    .click();
  await expectHeading(page, heading);
  await check?.();
}

/** The admin app's status line (StatusMessage): the text, in the main region. */
export async function expectStatus(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: text }).first()).toBeVisible();
}

/** Move the evaluation on from its overview (the page must be open) and wait until it says so. */
export async function moveTo(
  page: Page,
  L: Locale,
  phase: 'planning' | 'collection' | 'analysis',
  check?: Check,
): Promise<void> {
  const name = t(L, ('evaluations.phase.' + phase) as MessageKey);
  await page.getByRole('button', { name: t(L, 'evaluations.admin.setup.overview.forward', { phase: name }) }).click();
  await expectStatus(page, t(L, 'evaluations.admin.setup.overview.moved', { phase: name }));
  await check?.();
}

/** Choose an organisation of the directory: search for it, then pick it in the list. */
export async function chooseOrganisation(page: Page, L: Locale, field: MessageKey, name: string): Promise<void> {
  const main = page.getByRole('main');
  const fieldLabel = t(L, field);
  await main
    .getByRole('searchbox', { name: t(L, 'evaluations.admin.setup.org.search', { field: fieldLabel }) })
    .fill(name.slice(0, 9));
  const select = main.getByRole('combobox', { name: fieldLabel, exact: true });
  await expect(select.getByRole('option', { name, exact: true })).toHaveCount(1);
  await select.selectOption({ label: name });
}

/**
 * The lead, signed in on the admin app, sets an evaluation up from «Ny evaluering» to data
 * collection: the agreement (commissioner and service, purpose), the plan (methods, consent
 * text), the team (one member by e-mail) and the interview guide (one theme, two questions).
 * Every page on the way is checked. Returns the evaluation's id.
 */
export async function setUpEvaluation(
  page: Page,
  L: RunLocale,
  check: Check,
  adminPath: (path: string) => string,
  title: string,
  member: { email: string; name: string },
): Promise<string> {
  const main = page.getByRole('main');
  const text = TEXTS[L];
  await page
    .getByRole('navigation', { name: t(L, 'ui.nav.primary') })
    .getByRole('link', { name: t(L, 'evaluations.admin.nav') })
    .click();
  await expectHeading(page, t(L, 'evaluations.admin.list.title'));
  await check();
  await main.getByRole('link', { name: t(L, 'evaluations.admin.setup.list.new') }).click();
  await expectHeading(page, t(L, 'evaluations.admin.setup.create.title'));
  await check();
  await main.getByLabel(label(t(L, 'evaluations.admin.setup.field.title'))).fill(title);
  await main.getByRole('combobox', { name: label(t(L, 'evaluations.admin.setup.field.language')) }).selectOption(L);
  // The coordinator runs one network: it is chosen already.
  await expect(
    main.getByRole('combobox', { name: label(t(L, 'evaluations.admin.setup.field.networkId')) }),
  ).toHaveValue(/.+/);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.setup.create.submit') }).click();
  await expectHeading(page, title);
  await expectStatus(page, t(L, 'evaluations.admin.setup.create.created'));
  await check();
  const evaluationId = new URL(page.url()).pathname.split('/')[2]!;
  expect(page.url()).toBe(adminPath(pathTo(evaluationPaths.admin.evaluation, { evaluationId })));

  await openPart(page, L, 'agreement', t(L, 'evaluations.admin.setup.agreement.title'), check);
  await chooseOrganisation(page, L, 'evaluations.admin.setup.field.commissionerOrganisationId', SERVICE);
  await chooseOrganisation(page, L, 'evaluations.admin.setup.field.serviceOrganisationId', SERVICE);
  await main.getByLabel(label(t(L, 'evaluations.admin.setup.field.purpose'))).fill(text.purpose);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.setup.agreement.save') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.setup.agreement.saved'));
  await openPart(page, L, 'evaluation', title, null);
  await moveTo(page, L, 'planning');

  await openPart(page, L, 'plan', t(L, 'evaluations.admin.setup.plan.title'), check);
  await main.getByRole('checkbox', { name: t(L, 'evaluations.admin.setup.method.group_interviews') }).check();
  await main.getByLabel(label(t(L, 'evaluations.admin.setup.field.consentText'))).fill(text.consent);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.setup.plan.save') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.setup.plan.saved'));

  await openPart(page, L, 'team', t(L, 'evaluations.admin.setup.team.title'), null);
  await main.getByLabel(label(t(L, 'evaluations.admin.setup.team.email'))).fill(member.email);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.setup.team.add') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.setup.team.added', { name: member.name }));
  await expect(main.getByRole('table').getByRole('rowheader', { name: member.name })).toBeVisible();
  await check();

  await openPart(page, L, 'guide', t(L, 'evaluations.admin.guide.title'), null);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.guide.addTheme') }).click();
  const theme = t(L, 'evaluations.admin.guide.theme', { n: 1 });
  await expect(main.getByRole('textbox', { name: theme, exact: true })).toBeFocused();
  await main.getByRole('textbox', { name: theme, exact: true }).fill(text.theme);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.guide.addQuestion', { name: theme }) }).click();
  for (const [i, question] of text.questions.entries()) {
    await main
      .getByRole('textbox', { name: t(L, 'evaluations.admin.guide.question', { n: i + 1, theme: 1 }), exact: true })
      .fill(question);
  }
  await main.getByRole('button', { name: t(L, 'evaluations.admin.guide.save') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.guide.saved.created', { version: 1 }));
  await check();

  await openPart(page, L, 'evaluation', title, null);
  await moveTo(page, L, 'collection');
  return evaluationId;
}

/**
 * A team member (the team workspace open) records an interview: its code, a group of
 * `participants`, consent obtained an hour ago. Ends on the interview's page, not yet checked
 * (the notes come next).
 */
export async function recordInterview(
  person: CheckedPage,
  L: Locale,
  code: string,
  participants: number,
): Promise<void> {
  const { page } = person;
  const form = page.getByRole('region', { name: t(L, 'evaluations.web.collection.new') });
  await form.getByLabel(label(t(L, 'evaluations.web.collection.new.code'))).fill(code);
  await expect(form.getByRole('radio', { name: t(L, 'evaluations.web.collection.kind.group') })).toBeChecked();
  await form.getByLabel(label(t(L, 'evaluations.web.collection.new.participants'))).fill(String(participants));
  await form.getByRole('button', { name: t(L, 'evaluations.web.collection.new.submit') }).click();
  await expectHeading(page, t(L, 'evaluations.web.interview.title', { code }));
  await waitUntilLive(page);

  const consent = page.getByRole('region', { name: t(L, 'evaluations.web.consent.heading') });
  await expect(consent.getByText(t(L, 'evaluations.web.consent.missing'))).toBeVisible();
  // Consent is recorded after it was obtained: an hour ago, in Oslo (never in the future).
  const obtained = oslo(new Date(Date.now() - 3_600_000));
  await consent.getByLabel(label(t(L, 'evaluations.web.consent.date'))).fill(obtained.date);
  await consent.getByLabel(label(t(L, 'evaluations.web.consent.time'))).fill(obtained.time);
  await consent.getByRole('button', { name: t(L, 'evaluations.web.consent.record') }).click();
  await expect(consent.getByText(t(L, 'evaluations.web.consent.recorded'))).toBeVisible();
}

/**
 * Write a note for a guide question on the interview page and wait until the status beside it
 * says it was saved. Returns the note's field, for more checks.
 */
export async function writeNote(page: Page, L: Locale, question: string, text: string) {
  const field = page.getByRole('textbox', { name: question, exact: true });
  await field.fill(text);
  // Leaving the field saves at once (otherwise 1.5 s after the last key).
  await field.blur();
  const [statusId, warningId] = (await field.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`[id="${statusId}"]`)).toHaveText(
    textLike(L, 'evaluations.web.notes.status.saved', {}, ['time']),
  );
  return { field, warning: page.locator(`[id="${warningId}"]`) };
}
