import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, WEB_URL, uniqueSuffix } from '../src/env.ts';
import { label, signInOnAdmin, signInOnWeb } from '../src/flows.ts';
import { t } from '../src/i18n.ts';
import {
  LOCALES,
  WIDTHS,
  checkLoaded,
  collectConsoleErrors,
  mutate,
  query,
  setAccountLocale,
  signInByApi,
  useLocaleCookie,
  visitAndCheck,
} from '../src/conference-sweep.ts';

/**
 * Every conference page (issue 10) in a real browser, in bokmål at 1280 px and nynorsk at 320 px:
 * axe, one h1, labelled controls, no sideways scrolling, no console errors. Read-only on the demo's
 * 2027 edition (conference-cycle and conference-grid publish and move there); a workshop sign-up
 * runs on an edition of its own, since the 2022 workshops are over and closed for sign-up.
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

test('a workshop sign-up and its cancellation, seen by the coordinator; the registration setup; the widget', async ({
  page,
  context,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  const errors = collectConsoleErrors(context);
  // The coordinator's side in a context of its own (both apps on one host share cookies by name).
  const staff = await browser.newContext({ baseURL: ADMIN_URL, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const staffErrors = collectConsoleErrors(staff);
  try {
    await signInByApi(staff.request, ADMIN_URL, DEMO.coordinator, DEMO_PASSWORD);
    const editions = await query<Edition[]>(staff.request, ADMIN_URL, 'conference.editions');
    const owners = await query<{ owners: Array<{ id: string }> }>(
      staff.request,
      ADMIN_URL,
      'conference.editing.edition',
      {
        editionId: editions.find((e) => e.slug === SLUG_2027)!.id,
      },
    );
    const suffix = uniqueSuffix();
    const title = `E2E verksteder ${suffix}`;
    const created = await mutate<Edition>(staff.request, ADMIN_URL, 'conference.editing.createEdition', {
      title,
      subtitle: '',
      description: '',
      language: 'nb',
      languages: ['nb'],
      startsOn: '2031-06-10',
      endsOn: '2031-06-10',
      venueName: '',
      venueAddress: '',
      widgetOrigins: ['https://partner.example.org'],
      ownerNetworkIds: owners.owners.map((o) => o.id),
    });
    const editionId = created.id;
    const room = await mutate<{ id: string }>(staff.request, ADMIN_URL, 'conference.editing.createRoom', {
      editionId,
      name: 'Verkstedrommet',
      capacity: 30,
      floor: '',
      hearingLoop: false,
      stepFree: true,
      interpreted: false,
      accessibilityNote: '',
    });
    const workshop = `Verksted ${suffix}`;
    const session = await mutate<{ id: string; number: number }>(
      staff.request,
      ADMIN_URL,
      'conference.sessions.create',
      {
        editionId,
        title: workshop,
        abstract: 'Vi **øver** sammen.',
        language: 'nb',
        typeId: null,
        trackId: null,
        tags: [],
        signLanguage: false,
        captioned: false,
        streamed: false,
        recorded: false,
        materials: '',
        durationMinutes: 90,
        capacity: 2,
        speakerIds: [],
      },
    );
    await mutate(staff.request, ADMIN_URL, 'conference.scheduling.placeSession', {
      sessionId: session.id,
      day: '2031-06-10',
      roomId: room.id,
      time: '10:00',
    });
    const release = await mutate<{ id: string }>(staff.request, ADMIN_URL, 'conference.createRelease', {
      editionId,
      name: 'v1',
      note: '',
    });
    await mutate(staff.request, ADMIN_URL, 'conference.publishRelease', { releaseId: release.id });

    const sessionPath = pathTo(web.session, { slug: created.slug, number: String(session.number) });
    const signups = `${ADMIN_URL}${pathTo(admin.signups, { editionId })}`;
    const adminPage = await staff.newPage();

    await test.step('the member signs up for the workshop', async () => {
      await page.goto(`/logg-inn`);
      await expectAccessible();
      await signInOnWeb(page, DEMO.member, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/logg-inn/);
      await expectAccessible();
      await visitAndCheck(page, sessionPath, { expectAccessible, web: true, heading: workshop });
      const region = page.getByRole('region', { name: t('nb', 'conference.web.signup.heading') });
      await region.getByRole('button', { name: t('nb', 'conference.web.signup.signUp') }).click();
      await expect(region.getByText(t('nb', 'conference.web.signup.youConfirmed')).first()).toBeVisible();
      await checkLoaded(page, { expectAccessible });
    });

    await test.step('the coordinator sees the sign-up, and sets up the registration', async () => {
      await visitAndCheck(adminPage, signups, { expectAccessible, heading: t('nb', 'conference.admin.signups.title') });
      const table = adminPage.getByRole('table', {
        name: `${t('nb', 'conference.admin.signups.confirmed')}: ${workshop}`,
      });
      await expect(table.getByRole('cell', { name: DEMO.member })).toBeVisible();
      const setup = adminPage.getByRole('region', { name: t('nb', 'conference.admin.registration.heading') });
      await setup.getByLabel(label(t('nb', 'conference.admin.registration.capacity'))).fill('150');
      await setup.getByLabel(label(t('nb', 'conference.admin.registration.deadlineDate'))).fill('2031-06-01');
      await setup.getByLabel(label(t('nb', 'conference.admin.registration.deadlineTime'))).fill('12:00');
      await setup.getByRole('button', { name: t('nb', 'conference.admin.registration.save') }).click();
      await expect(adminPage.getByText(t('nb', 'conference.admin.registration.saved'))).toBeVisible();
      await checkLoaded(adminPage, { expectAccessible });
    });

    await test.step('the edition page links to the registration', async () => {
      await visitAndCheck(page, pathTo(web.edition, { slug: created.slug }), { expectAccessible, web: true });
      const registration = page.getByRole('region', { name: t('nb', 'conference.web.registration.heading') });
      await expect(registration.getByRole('link', { name: t('nb', 'conference.web.registration.link') })).toBeVisible();
    });

    await test.step('the member cancels, and the coordinator sees the place free again', async () => {
      await visitAndCheck(page, sessionPath, { expectAccessible, web: true, heading: workshop });
      const region = page.getByRole('region', { name: t('nb', 'conference.web.signup.heading') });
      await region.getByRole('button', { name: t('nb', 'conference.web.signup.cancel') }).click();
      await expect(region.getByText(t('nb', 'conference.web.signup.cancelled'))).toBeVisible();
      await expect(region.getByRole('button', { name: t('nb', 'conference.web.signup.signUp') })).toBeVisible();
      await visitAndCheck(adminPage, signups, { expectAccessible });
      const table = adminPage.getByRole('table', {
        name: `${t('nb', 'conference.admin.signups.confirmed')}: ${workshop}`,
      });
      await expect(table.getByRole('cell', { name: DEMO.member })).toHaveCount(0);
    });

    await test.step('the widget renders the sessions and may be framed only by the listed origin', async () => {
      const widget = pathTo(web.widget, { slug: created.slug });
      const response = await page.request.get(widget);
      expect(response.status()).toBe(200);
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp).toMatch(/frame-ancestors https:\/\/partner\.example\.org(;|$)/);
      const demo = await page.request.get(pathTo(web.widget, { slug: SLUG }));
      expect(demo.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await visitAndCheck(page, widget, { expectAccessible });
        await expect(page.getByRole('link', { name: workshop })).toBeVisible();
      }
    });
  } finally {
    await staff.close();
  }
  expect([...errors, ...staffErrors], 'console errors').toEqual([]);
});
