import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { ADMIN_URL, DEMO, DEMO_PASSWORD, uniqueSuffix } from '../src/env.ts';
import { label, signInOnWeb } from '../src/flows.ts';
import { t } from '../src/i18n.ts';
import {
  WIDTHS,
  checkLoaded,
  collectConsoleErrors,
  mutate,
  query,
  signInByApi,
  visitAndCheck,
} from '../src/conference-sweep.ts';

const SLUG = 'ingenting-om-oss-2022';
const SLUG_2027 = 'recovery-konferansen-2027';
const web = conferencePaths.web;
const admin = conferencePaths.admin;

interface Edition {
  id: string;
  slug: string;
}

/**
 * A workshop sign-up in a real browser (issue 10): the member signs up and cancels, the
 * coordinator sees it on the sign-ups page and sets up the conference's registration, and the
 * widget is framable only from the listed origin. On an edition of its own with one published
 * release, since the demo's 2022 workshops are over and the 2027 edition belongs to
 * conference-cycle and conference-grid.
 */
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
