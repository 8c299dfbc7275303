import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, WEB_URL } from '../src/env.ts';
import { signInOnAdmin, signInOnWeb } from '../src/flows.ts';
import { t } from '../src/i18n.ts';
import {
  LOCALES,
  WIDTHS,
  checkLoaded,
  collectConsoleErrors,
  query,
  setAccountLocale,
  useLocaleCookie,
  visitAndCheck,
} from '../src/conference-sweep.ts';

/**
 * Every conference page (issue 10) in a real browser, in bokmål at 1280 px and nynorsk at 320 px:
 * axe, one h1, labelled controls, no sideways scrolling, no console errors. Read-only on the demo's
 * 2027 edition (conference-cycle and conference-grid publish and move there); a workshop sign-up
 * is conference-signups.spec.ts.
 */
const SLUG = 'ingenting-om-oss-2022';
const SLUG_2027 = 'recovery-konferansen-2027';
const web = conferencePaths.web;
const admin = conferencePaths.admin;

const webPages = (slug: string) => [
  web.list,
  pathTo(web.edition, { slug }),
  pathTo(web.programme, { slug }),
  pathTo(web.now, { slug }),
  pathTo(web.session, { slug, number: '31' }),
  pathTo(web.speakers, { slug }),
  pathTo(web.speaker, { slug, number: '1' }),
  pathTo(web.changes, { slug }),
  pathTo(web.mine, { slug }),
  pathTo(web.print, { slug }),
];

/** Signed in, the pages whose content depends on who is asking. */
const memberPages = (slug: string) => [
  pathTo(web.programme, { slug }),
  pathTo(web.session, { slug, number: '31' }),
  pathTo(web.mine, { slug }),
  pathTo(web.print, { slug }),
];

/** Each language at one width, to keep the run short: bokmål on a desktop, nynorsk on a phone. */
const widthFor = (locale: (typeof LOCALES)[number]) => (locale === 'nb' ? WIDTHS[0] : WIDTHS[1]);

interface Edition {
  id: string;
  slug: string;
}

test('the web conference pages, not signed in', async ({ page, context, expectAccessible }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(context);
  for (const L of LOCALES) {
    await useLocaleCookie(context, L);
    const width = widthFor(L);
    await page.setViewportSize({ width, height: 800 });
    for (const path of webPages(SLUG)) {
      await test.step(`${L} ${width}px ${path}`, () =>
        visitAndCheck(page, path, { expectAccessible, web: true, locale: L }));
    }
    await test.step(`${L}: the programme's filters by keyboard`, async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await visitAndCheck(page, pathTo(web.programme, { slug: SLUG }), { expectAccessible, web: true });
      const search = page.getByRole('search', { name: t(L, 'conference.web.filters.label') });
      await search.getByRole('searchbox', { name: t(L, 'conference.web.filters.q') }).focus();
      await page.keyboard.type('verksted');
      await page.keyboard.press('Tab');
      // The track list has focus: choose the first track with the arrow key, then send with Enter.
      await expect(search.getByRole('combobox', { name: t(L, 'conference.web.field.track') })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await search.getByRole('button', { name: t(L, 'conference.web.filters.submit') }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\?.*q=verksted/);
      await checkLoaded(page, { expectAccessible });
      await expect(page.getByRole('link', { name: t(L, 'conference.web.filters.clear') })).toBeVisible();
    });
    // Signing up needs an account: the session page says so (and, for 2022, that it is closed).
    await test.step(`${L}: a workshop's sign-up without an account`, async () => {
      await visitAndCheck(page, pathTo(web.session, { slug: SLUG, number: '31' }), { expectAccessible, web: true });
      await expect(
        page
          .getByRole('region', { name: t(L, 'conference.web.signup.heading') })
          .getByText(t(L, 'conference.web.signup.closed')),
      ).toBeVisible();
    });
  }
  expect(errors, 'console errors').toEqual([]);
});

test('the web conference pages, signed in as a member', async ({ page, context, expectAccessible }) => {
  test.setTimeout(240_000);
  const errors = collectConsoleErrors(context);
  await page.goto('/logg-inn');
  await expectAccessible();
  await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
  await expectAccessible();
  try {
    for (const L of LOCALES) {
      await setAccountLocale(context, WEB_URL, L);
      // Signed in, only the pages that differ for a member: stars, sign-up, my programme, print.
      const width = widthFor(L);
      await page.setViewportSize({ width, height: 800 });
      for (const path of memberPages(SLUG)) {
        await test.step(`${L} ${width}px ${path}`, () =>
          visitAndCheck(page, path, { expectAccessible, web: true, locale: L }));
      }
      await test.step(`${L}: my programme lists the member's stars`, async () => {
        await visitAndCheck(page, pathTo(web.mine, { slug: SLUG }), { expectAccessible, web: true });
        await expect(page.getByRole('main').getByRole('button', { pressed: true }).first()).toBeVisible();
      });
    }
  } finally {
    await setAccountLocale(context, WEB_URL, 'nb');
  }
  expect(errors, 'console errors').toEqual([]);
});

test('the admin conference pages, as the coordinator', async ({ page, context, adminPath, expectAccessible }) => {
  test.setTimeout(300_000);
  const errors = collectConsoleErrors(context);
  await page.goto(adminPath('/logg-inn'));
  await expectAccessible();
  await signInOnAdmin(page, DEMO.coordinator, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/logg-inn/);
  await expectAccessible();
  const editions = await query<Edition[]>(context.request, ADMIN_URL, 'conference.editions');
  const byslug = (slug: string) => editions.find((e) => e.slug === slug)!.id;
  const editionId = byslug(SLUG);
  const editionId2027 = byslug(SLUG_2027);
  const sessions = await query<Array<{ id: string }>>(context.request, ADMIN_URL, 'conference.sessions.list', {
    editionId,
  });
  const speakers = await query<Array<{ id: string }>>(context.request, ADMIN_URL, 'conference.speakers.list', {
    editionId,
  });
  type EditionPath = (typeof admin)[
    'edition' | 'rooms' | 'tracks' | 'sessions' | 'speakers' | 'grid' | 'releases' | 'signups'];
  const ofEdition = (path: EditionPath, id = editionId) => adminPath(pathTo(path, { editionId: id }));
  const pages = [
    adminPath(admin.list),
    adminPath(admin.create),
    ofEdition(admin.edition),
    ofEdition(admin.rooms),
    ofEdition(admin.tracks),
    ofEdition(admin.sessions),
    adminPath(pathTo(admin.session, { editionId, sessionId: sessions[0]!.id })),
    adminPath(pathTo(admin.session, { editionId, sessionId: 'ny' })),
    ofEdition(admin.speakers),
    adminPath(pathTo(admin.speaker, { editionId, speakerId: speakers[0]!.id })),
    adminPath(pathTo(admin.speaker, { editionId, speakerId: 'ny' })),
    ofEdition(admin.grid),
    ofEdition(admin.releases),
    ofEdition(admin.signups),
    ofEdition(admin.edition, editionId2027),
    ofEdition(admin.grid, editionId2027),
    ofEdition(admin.releases, editionId2027),
  ];
  try {
    for (const L of LOCALES) {
      await setAccountLocale(context, ADMIN_URL, L);
      const width = widthFor(L);
      await page.setViewportSize({ width, height: 800 });
      for (const url of pages) {
        await test.step(`${L} ${width}px ${url}`, () => visitAndCheck(page, url, { expectAccessible, locale: L }));
      }
      await test.step(`${L}: the edition links to its sign-ups and its programme editor`, async () => {
        await visitAndCheck(page, ofEdition(admin.edition), { expectAccessible });
        const parts = page.getByRole('navigation', { name: t(L, 'conference.admin.edition.parts') });
        await expect(parts.getByRole('link', { name: t(L, 'conference.admin.edition.part.grid') })).toHaveAttribute(
          'href',
          pathTo(admin.grid, { editionId }),
        );
        await parts.getByRole('link', { name: t(L, 'conference.admin.edition.part.signups') }).click();
        await checkLoaded(page, { expectAccessible, heading: t(L, 'conference.admin.signups.title') });
      });
    }
  } finally {
    await setAccountLocale(context, ADMIN_URL, 'nb');
  }
  expect(errors, 'console errors').toEqual([]);
});
