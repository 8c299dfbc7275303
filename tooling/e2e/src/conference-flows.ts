import type { Page } from '@playwright/test';
import type { MessageKey, MessageParams } from '@knutepunkt/domain';
import { expect } from './fixtures.ts';
import { expectHeading, label } from './flows.ts';
import { t, type Locale } from './i18n.ts';

/**
 * Steps of the conference programme's end-to-end tests (tests/conference-*.spec.ts), in any
 * interface language: every label and text comes from the catalogues via `t`.
 */

/** The demo's edition being planned (packages/db/src/seed/conference-data-2027.ts). */
export const EDITION_2027 = {
  slug: 'recovery-konferansen-2027',
  title: 'Recovery-konferansen 2027',
  days: ['2027-10-13', '2027-10-14'] as const,
  rooms: { large: 'Storsal', small: 'Lille sal' },
};

type Check = (target?: Page) => Promise<void>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A catalogue text as a pattern, with the parameters named in `any` left open: for texts with a
 * formatted date or time the test does not compute ("… {day} kl. {time}").
 */
export function textLike(locale: Locale, key: MessageKey, params: MessageParams, any: string[]): RegExp {
  // A placeholder no catalogue text contains, split on afterwards.
  const hole = '\u2063open\u2063';
  const text = t(locale, key, { ...params, ...Object.fromEntries(any.map((name) => [name, hole])) });
  return new RegExp(text.split(hole).map(escape).join('.+'));
}

/**
 * A new session in the working copy, through «Sesjoner» › «Ny sesjon» (the sessions page must
 * be open). Ends on the new session's page. Its place in the programme is the editor's job.
 */
export async function createSession(
  page: Page,
  locale: Locale,
  check: Check,
  title: string,
  checkForm = true,
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('link', { name: t(locale, 'conference.admin.sessions.new') }).click();
  await expectHeading(page, t(locale, 'conference.admin.session.newTitle'));
  if (checkForm) await check();
  await main.getByLabel(label(t(locale, 'conference.admin.session.field.title'))).fill(title);
  await main.getByLabel(label(t(locale, 'conference.admin.session.field.durationMinutes'))).fill('45');
  await main.getByRole('button', { name: t(locale, 'conference.admin.session.create') }).click();
  await expectHeading(page, title);
  await expect(main.getByText(t(locale, 'conference.admin.session.created'))).toBeVisible();
  await check();
}

export interface Slot {
  day: (typeof EDITION_2027.days)[number];
  room: string;
  time: string;
}

/**
 * Place (or move) a session in the programme editor with the keyboard only, as a screen reader
 * user would (docs/adr/0023): «Plasser»/«Flytt» opens a form with focus on its heading; Tab to
 * each list and choose from it; Tab to «Lagre» and press Enter. The change is announced and
 * focus is back on the session, now «Flytt».
 */
export async function placeWithKeyboard(page: Page, locale: Locale, title: string, slot: Slot): Promise<void> {
  const main = page.getByRole('main');
  const move = t(locale, 'conference.admin.grid.moveNamed', { title });
  const placed = (await main.getByRole('button', { name: move }).count()) > 0;
  const opener = placed
    ? main.getByRole('button', { name: move })
    : main
        .getByRole('region', { name: t(locale, 'conference.admin.grid.unscheduled') })
        .getByRole('button', { name: t(locale, 'conference.admin.grid.placeNamed', { title }) });
  await opener.focus();
  await page.keyboard.press('Enter');

  const form = main.getByRole('region', {
    name: placed ? move : t(locale, 'conference.admin.grid.placeNamed', { title }),
  });
  await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
  const choose = async (key: MessageKey, option: string | { label: string }) => {
    await page.keyboard.press('Tab');
    const select = form.getByRole('combobox', { name: t(locale, key) });
    await expect(select).toBeFocused();
    await select.selectOption(option);
  };
  await choose('conference.admin.grid.form.day', slot.day);
  await choose('conference.admin.grid.form.room', { label: slot.room });
  await choose('conference.admin.grid.form.time', slot.time);
  // The duration stays the session's own.
  await page.keyboard.press('Tab');
  await expect(form.getByRole('combobox', { name: t(locale, 'conference.admin.grid.form.duration') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: t(locale, 'conference.admin.grid.form.save') })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(
    main
      .getByRole('status')
      .getByText(
        textLike(locale, 'conference.admin.grid.placed', { title, room: slot.room, time: slot.time }, ['day']),
      ),
  ).toBeVisible();
  await expect(main.getByRole('button', { name: move })).toBeFocused();
}

/**
 * Make a draft release on «Utgivelser» (the page must be open) and publish it, confirming the
 * question, which says how many people will be told. The question is checked with axe (with the
 * page under it, the drafts and the releases published before).
 */
export async function publishRelease(
  page: Page,
  locale: Locale,
  check: Check,
  name: string,
  /** How many the question should say will be told; null: whatever it says. */
  recipients: number | null,
): Promise<void> {
  const main = page.getByRole('main');
  const draft = main.getByRole('region', { name: t(locale, 'conference.admin.releases.new') });
  await draft.getByLabel(label(t(locale, 'conference.admin.releases.name'))).fill(name);
  await draft.getByRole('button', { name: t(locale, 'conference.admin.releases.create') }).click();
  await expect(
    main.getByRole('status').getByText(t(locale, 'conference.admin.releases.created', { name })),
  ).toBeVisible();

  const article = main.getByRole('article', { name: `${name} (${t(locale, 'conference.admin.releases.draft')})` });
  await article.getByRole('button', { name: t(locale, 'conference.admin.releases.publish') }).click();
  const dialog = page.getByRole('dialog', { name: t(locale, 'conference.admin.releases.publishConfirm', { name }) });
  if (recipients === null) {
    await expect(dialog.getByText(t(locale, 'conference.admin.releases.counting'))).toHaveCount(0);
  } else {
    await expect(
      dialog.getByText(
        recipients === 1
          ? t(locale, 'conference.admin.releases.publishWarningOne')
          : t(locale, 'conference.admin.releases.publishWarning', { count: String(recipients) }),
      ),
    ).toBeVisible();
  }
  await check();
  await dialog.getByRole('button', { name: t(locale, 'conference.admin.releases.publish') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    main.getByRole('status').getByText(t(locale, 'conference.admin.releases.published', { name })),
  ).toBeVisible();
  await expect(main.getByRole('article', { name, exact: true })).toBeVisible();
}
