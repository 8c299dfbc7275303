import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { expect, test } from '../src/fixtures.ts';
import { WEB_URL, uniqueSuffix } from '../src/env.ts';
import { chooseLanguage, coordinatorOnAdmin, expectHeading, gotoLive } from '../src/flows.ts';
import { BROWSER_LOCALE, t, type Locale } from '../src/i18n.ts';
import { linkIn, waitForEmail } from '../src/mail.ts';
import { createAccount } from '../src/meetings-flows.ts';
import { newCheckedPage } from '../src/practice-flows.ts';
import {
  EDITION_2027 as EDITION,
  type Slot,
  createSession,
  placeWithKeyboard,
  publishRelease,
  textLike,
} from '../src/conference-flows.ts';

/**
 * The conference programme's whole cycle (issue 10), once in bokmål and once in nynorsk (whose
 * attendee reads on a 320 px wide phone), with axe on every page: the coordinator makes two
 * sessions in the 2027 edition, places them with the keyboard only and publishes a release; an
 * attendee stars both on the public programme before having an account, makes one, and finds
 * both in «Mitt program»; the coordinator moves one and publishes a second release; the
 * attendee's e-mail names the moved session, and so does the public change log under the second
 * release; then, offline, the programme and the session's page still open from the stored copy
 * and say so (docs/adr/0023, 0024).
 *
 * Each run makes its own sessions, releases and account (unique names), so the two runs, the
 * other conference specs (which use the seed's sessions) and a rerun on a reused server never
 * meet: another run's releases only add to the programme. Each run uses its own room-hours.
 */
const SLOTS: Record<'nb' | 'nn', { first: Slot; second: Slot; moved: Slot }> = {
  nb: {
    first: { day: EDITION.days[0], room: EDITION.rooms.small, time: '11:00' },
    second: { day: EDITION.days[0], room: EDITION.rooms.small, time: '12:00' },
    moved: { day: EDITION.days[1], room: EDITION.rooms.small, time: '13:00' },
  },
  nn: {
    first: { day: EDITION.days[0], room: EDITION.rooms.small, time: '14:00' },
    second: { day: EDITION.days[0], room: EDITION.rooms.small, time: '15:00' },
    moved: { day: EDITION.days[1], room: EDITION.rooms.small, time: '14:00' },
  },
};

for (const L of ['nb', 'nn'] as const satisfies readonly Locale[]) {
  test(`the conference programme's cycle from placing to offline (${L})`, async ({
    page,
    browser,
    adminPath,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    const suffix = uniqueSuffix();
    const [moved, kept] = [`Likepersoner i arbeid ${L} ${suffix}`, `Mestring i hverdagen ${L} ${suffix}`];
    const [v1, v2] = [`v1 (${L}) ${suffix}`, `v2 (${L}) ${suffix}`];
    const slots = SLOTS[L];
    const main = page.getByRole('main');
    type WebPage = (typeof conferencePaths.web)['programme' | 'mine' | 'changes'];
    const web = (path: WebPage) => pathTo(path, { slug: EDITION.slug });
    // The nynorsk attendee is on a phone.
    const attendee = await newCheckedPage(browser, expectAccessible, {
      baseURL: WEB_URL,
      locale: BROWSER_LOCALE[L],
      timezoneId: 'Europe/Oslo',
      ...(L === 'nn' ? { viewport: { width: 320, height: 800 } } : {}),
    });
    const { page: visitor, check } = attendee;
    /** On a phone, a page that scrolls sideways is a page half read. */
    const fitsThePhone = async () => {
      if (L !== 'nn') return;
      const width = await visitor.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${visitor.url()} fits a 320 px screen`).toBeLessThanOrEqual(320);
    };
    let editionId = '';
    type AdminPage = (typeof conferencePaths.admin)['grid' | 'releases'];
    const adminPage = (path: AdminPage) => adminPath(pathTo(path, { editionId }));

    try {
      await test.step('the coordinator makes two sessions and places them with the keyboard only', async () => {
        await coordinatorOnAdmin(page, L, adminPath, expectAccessible);

        await page
          .getByRole('navigation', { name: t(L, 'ui.nav.primary') })
          .getByRole('link', { name: t(L, 'conference.admin.nav') })
          .click();
        await expectHeading(page, t(L, 'conference.admin.list.title'));
        await expectAccessible();
        await main.getByRole('link', { name: EDITION.title }).click();
        await expectHeading(page, new RegExp(EDITION.title));
        await expectAccessible();
        editionId = new URL(page.url()).pathname.split('/')[2]!;
        await page
          .getByRole('navigation', { name: t(L, 'conference.admin.edition.parts') })
          .getByRole('link', { name: t(L, 'conference.admin.edition.part.sessions') })
          .click();
        await expectHeading(page, t(L, 'conference.admin.sessions.title'));
        await expectAccessible();

        await createSession(page, L, expectAccessible, moved);
        await main.getByRole('link', { name: t(L, 'conference.admin.session.back') }).click();
        await expectHeading(page, t(L, 'conference.admin.sessions.title'));
        // The empty form again: checked once is enough.
        await createSession(page, L, expectAccessible, kept, false);
        await main.getByRole('link', { name: t(L, 'conference.admin.session.toGrid') }).click();
        await expectHeading(page, t(L, 'conference.admin.grid.title', { edition: EDITION.title }));
        await expectAccessible();

        await placeWithKeyboard(page, L, moved, slots.first);
        await placeWithKeyboard(page, L, kept, slots.second);
        await expectAccessible();
      });

      await test.step('… and publishes the first release', async () => {
        await page.goto(adminPage(conferencePaths.admin.releases));
        await expectHeading(page, t(L, 'conference.admin.releases.title'));
        await expectAccessible();
        // Nobody starred these yet (another run's leftovers on a reused server might be told).
        await publishRelease(page, L, expectAccessible, v1, null);
        await expectAccessible();
      });

      const account = await test.step('an attendee stars both, then makes an account: the stars are kept', async () => {
        await gotoLive(visitor, web(conferencePaths.web.programme));
        await expectHeading(visitor, t(L, 'conference.web.programme.documentTitle', { edition: EDITION.title }));
        for (const title of [moved, kept]) {
          await visitor.getByRole('button', { name: t(L, 'conference.web.star.add', { title }) }).click();
          await expect(
            visitor.getByRole('button', { name: t(L, 'conference.web.star.remove', { title }) }),
          ).toHaveAttribute('aria-pressed', 'true');
          await expect(
            visitor.getByRole('status').getByText(t(L, 'conference.web.star.added', { title })),
          ).toBeVisible();
        }
        await check();
        await fitsThePhone();

        const made = await createAccount(attendee, L, 'Dagny');
        // The browser's stars go to the account when a conference page loads signed in.
        const synced = visitor.waitForResponse((r) => r.url().includes('conference.stars.syncStars') && r.ok());
        await gotoLive(visitor, web(conferencePaths.web.mine));
        await synced;
        await expectHeading(visitor, t(L, 'conference.web.mine.heading'));
        for (const title of [moved, kept]) await expect(visitor.getByRole('link', { name: title })).toBeVisible();
        await expect(visitor.getByText(t(L, 'conference.web.mine.pending'))).toHaveCount(0);
        await check();
        await fitsThePhone();
        return made;
      });

      const since = Date.now();
      await test.step('the coordinator moves one of them with the keyboard and publishes a second release', async () => {
        await page.goto(adminPage(conferencePaths.admin.grid));
        await expectHeading(page, t(L, 'conference.admin.grid.title', { edition: EDITION.title }));
        await placeWithKeyboard(page, L, moved, slots.moved);
        await expectAccessible();
        await page.goto(adminPage(conferencePaths.admin.releases));
        await expectHeading(page, t(L, 'conference.admin.releases.title'));
        // One person starred the moved session: the attendee.
        await publishRelease(page, L, expectAccessible, v2, 1);
      });

      await test.step('the attendee’s e-mail names the moved session; the change log shows the move', async () => {
        const mail = await waitForEmail(account.email, {
          since,
          subject: t(L, 'conference.release.mail.subject', { edition: EDITION.title }),
        });
        expect(mail.text).toContain(`(${v2})`);
        expect(mail.text).toMatch(textLike(L, 'conference.release.mail.moved', { title: moved }, ['fromTo']));
        expect(mail.text).toContain(slots.moved.time);
        expect(mail.text, 'only the starred sessions that changed').not.toContain(kept);
        const link = linkIn(mail.text, WEB_URL);
        expect(link && new URL(link).pathname).toBe(web(conferencePaths.web.changes));

        await gotoLive(visitor, new URL(link!).pathname);
        await expectHeading(visitor, t(L, 'conference.web.changes.title', { edition: EDITION.title }));
        const release = visitor.getByRole('region', { name: v2, exact: true });
        await expect(release.getByRole('heading', { name: t(L, 'conference.release.kind.moved') })).toBeVisible();
        const line = release.getByRole('listitem').filter({ has: visitor.getByRole('link', { name: moved }) });
        await expect(line).toContainText(slots.moved.time);
        await expect(release.getByRole('link', { name: kept })).toHaveCount(0);
        await check();
        await fitsThePhone();
      });

      await test.step('offline, the programme and the session’s page open from the stored copy', async () => {
        const programme = web(conferencePaths.web.programme);
        await gotoLive(visitor, programme);
        await visitor.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        // Once more, so the worker controls the page and keeps what it reads.
        await visitor.reload();
        await expect.poll(() => visitor.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
        await expectHeading(visitor, t(L, 'conference.web.programme.documentTitle', { edition: EDITION.title }));

        const stored = textLike(L, 'conference.web.offline.notice', { name: v2 }, ['date']);
        await visitor.context().setOffline(true);
        await visitor.goto(programme);
        await expectHeading(visitor, t(L, 'conference.web.programme.documentTitle', { edition: EDITION.title }));
        await expect(visitor.getByRole('status').filter({ hasText: stored })).toBeVisible();
        await check();
        await fitsThePhone();
        await visitor.getByRole('link', { name: moved }).click();
        await expectHeading(visitor, moved);
        await expect(visitor.getByRole('status').filter({ hasText: stored })).toBeVisible();
        await expect(
          visitor.getByRole('button', { name: t(L, 'conference.web.star.remove', { title: moved }) }),
        ).toHaveAttribute('aria-pressed', 'true');
        await check();
        await fitsThePhone();
        await visitor.context().setOffline(false);
      });

      expect(attendee.unchecked(), 'pages not checked').toEqual([]);
    } finally {
      // The demo coordinator is shared with other tests: it reads bokmål again.
      if (L !== 'nb') await chooseLanguage(page, L, 'nb').catch(() => undefined);
      await attendee.close();
    }
  });
}
