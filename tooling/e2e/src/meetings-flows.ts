import type { Browser, Page } from '@playwright/test';
import { slugify } from '@knutepunkt/domain';
import { expect } from './fixtures.ts';
import { DEMO_PASSWORD, WEB_URL, uniqueSuffix } from './env.ts';
import { expectHeading, gotoLive, label } from './flows.ts';
import { BROWSER_LOCALE, t, type Locale } from './i18n.ts';
import { newCheckedPage, type CheckedPage } from './practice-flows.ts';

/**
 * Steps of the meetings' end-to-end tests (tests/meetings*.spec.ts), in any
 * interface language: every label and text comes from the catalogues via `t`.
 */

/** Date and clock time in Oslo ('2026-11-29', '21:05'), whatever the machine's zone. */
export function oslo(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * A meeting in about an hour (check-in opens three hours before, docs/adr/0021), ending two
 * hours later or at 23:59 the same Oslo day. Late in the evening the start falls on the next
 * day, still within the three hours.
 */
export function meetingTimes(from = Date.now()) {
  const start = new Date(Math.ceil((from + 60 * 60_000) / 300_000) * 300_000);
  const begins = oslo(start);
  const ends = oslo(new Date(start.getTime() + 2 * 3_600_000));
  return { date: begins.date, start: begins.time, end: ends.date === begins.date ? ends.time : '23:59' };
}

/** A person in a browser of their own, reading the interface in `locale`, in Norwegian time. */
export function personPage(
  browser: Browser,
  expectAccessible: (target?: Page) => Promise<void>,
  locale: Locale,
): Promise<CheckedPage> {
  return newCheckedPage(browser, expectAccessible, {
    baseURL: WEB_URL,
    locale: BROWSER_LOCALE[locale],
    timezoneId: 'Europe/Oslo',
  });
}

export interface NewPerson {
  name: string;
  email: string;
}

/**
 * A new account made on the web app's /registrer page with `locale` as its language, then
 * signed in: the way a newcomer joins. The browser speaks the same language, so every page
 * on the way is in it too.
 */
export async function createAccount(person: CheckedPage, locale: Locale, first: string): Promise<NewPerson> {
  const { page, check } = person;
  const suffix = uniqueSuffix();
  const account = { name: `${first} Testesen ${suffix}`, email: `e2e-${slugify(first)}-${suffix}@example.org` };
  const password = `e2e-passord-${suffix}`;
  const main = page.getByRole('main');
  await gotoLive(page, '/registrer');
  await expectHeading(page, t(locale, 'account.web.register.title'));
  await main.getByLabel(label(t(locale, 'account.web.field.name'))).fill(account.name);
  await main.getByLabel(label(t(locale, 'account.web.field.email'))).fill(account.email);
  await main.getByLabel(label(t(locale, 'account.web.field.password'))).fill(password);
  await main.getByRole('combobox', { name: label(t(locale, 'account.web.field.locale')) }).selectOption(locale);
  await check();
  await main.getByRole('button', { name: t(locale, 'account.web.register.submit') }).click();
  await expectHeading(page, t(locale, 'account.web.signIn.title'));
  await expect(main.getByText(t(locale, 'account.web.register.done'))).toBeVisible();
  await page.locator('html[data-live]').waitFor({ state: 'attached' });
  await check();
  await signIn(page, locale, account.email, password);
  await expectHeading(page, t(locale, 'web.nav.myPage'));
  await check();
  return account;
}

/** Sign in on the web app's /logg-inn page (open and live), in the page's language. */
export async function signIn(page: Page, locale: Locale, email: string, password = DEMO_PASSWORD): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel(label(t(locale, 'account.web.field.email'))).fill(email);
  await main.getByLabel(label(t(locale, 'account.web.field.password'))).fill(password);
  await main.getByRole('button', { name: t(locale, 'account.web.signIn.submit') }).click();
}

/**
 * Register on a meeting's web page (open, signed in) and wait for the outcome. When every seat
 * is taken the form only asks to join the waiting list (`full`).
 */
export async function registerForMeeting(page: Page, locale: Locale, outcome: string, full = false): Promise<void> {
  const main = page.getByRole('main');
  const submit = full ? 'meetings.web.register.joinWaiting' : 'meetings.web.register.submit';
  await main.getByRole('button', { name: t(locale, submit) }).click();
  await expect(main.getByRole('status').filter({ hasText: outcome })).toBeVisible();
}

export interface PlannedMeeting {
  title: string;
  date: string;
  start: string;
  end: string;
  /** Seats; none: no limit. */
  capacity?: string;
}

/**
 * The coordinator (signed in on the admin app) plans a meeting open to anyone in their only
 * network, at Britannia, and publishes it. Returns the meeting's admin path.
 */
export async function createMeeting(
  page: Page,
  locale: Locale,
  adminPath: (path: string) => string,
  expectAccessible: (target?: Page) => Promise<void>,
  meeting: PlannedMeeting,
): Promise<string> {
  const main = page.getByRole('main');
  await page.goto(adminPath('/moter'));
  await expectHeading(page, t(locale, 'meetings.admin.list.title'));
  await expectAccessible();
  await main.getByRole('link', { name: t(locale, 'meetings.admin.list.new') }).click();
  await expectHeading(page, t(locale, 'meetings.admin.create.title'));
  await expect(main.getByRole('combobox', { name: label(t(locale, 'meetings.admin.field.network')) })).toHaveValue(
    /.+/,
  );
  await expectAccessible();
  const field = (key: Parameters<typeof t>[1]) => main.getByLabel(label(t(locale, key)));
  await field('meetings.admin.field.title').fill(meeting.title);
  await field('meetings.admin.field.date').fill(meeting.date);
  await field('meetings.admin.field.startsAt').fill(meeting.start);
  await field('meetings.admin.field.endsAt').fill(meeting.end);
  await field('meetings.admin.field.venueName').fill('Britannia');
  if (meeting.capacity) await field('meetings.admin.field.capacity').fill(meeting.capacity);
  await main
    .getByRole('combobox', { name: label(t(locale, 'meetings.admin.field.openTo')) })
    .selectOption({ label: t(locale, 'meetings.admin.openTo.anyone') });
  await main.getByRole('button', { name: t(locale, 'meetings.admin.create.submit') }).click();
  await expectHeading(page, meeting.title);
  await expect(page.getByText(t(locale, 'meetings.admin.create.created'))).toBeVisible();
  await page.getByRole('button', { name: t(locale, 'meetings.admin.publish') }).click();
  await expect(page.getByText(t(locale, 'meetings.admin.published'))).toBeVisible();
  await expectAccessible();
  return new URL(page.url()).pathname;
}

/** Open a meeting's web page, wait until it is live, and check it. */
export async function openMeetingPage(
  page: Page,
  path: string,
  title: string,
  check: () => Promise<void>,
): Promise<void> {
  await gotoLive(page, path);
  await expectHeading(page, title);
  await check();
}
