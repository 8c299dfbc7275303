import { Paragraph } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import {
  conferencePaths,
  evaluationPaths,
  meetingPaths,
  networkPaths,
  organisationPaths,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import { AppLayout, useI18n, type NavItem } from '@knutepunkt/ui';
import { Flash } from './Flash.tsx';
import { RouterLink } from './RouterLink.tsx';
import { SignOutButton } from './SignOutButton.tsx';
import { useAccountQuery } from './use-account.ts';
import { useScrollRestoration } from './use-scroll-restoration.ts';

function inSection(pathname: string, section: string): boolean {
  return pathname === section || pathname.startsWith(`${section}/`);
}

/** The frame of every page: header with navigation and language, main, footer. */
export function RootLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const me = useAccountQuery();
  useScrollRestoration();

  const practice = practicePaths.web.search;
  const organisations = organisationPaths.web.directory;
  const networks = networkPaths.web.list;
  const meetings = meetingPaths.web.list;
  const conference = conferencePaths.web.list;
  const evaluations = evaluationPaths.web.list;
  const navItems: NavItem[] = [
    { href: practice, label: t('practice.web.nav'), current: inSection(pathname, practice) },
    { href: organisations, label: t('web.nav.organisations'), current: inSection(pathname, organisations) },
    { href: networks, label: t('web.nav.networks'), current: inSection(pathname, networks) },
    { href: meetings, label: t('meetings.web.nav'), current: inSection(pathname, meetings) },
    { href: conference, label: t('conference.web.nav'), current: inSection(pathname, conference) },
    { href: evaluations, label: t('evaluations.web.nav'), current: inSection(pathname, evaluations) },
  ];
  const { myPage, signIn } = shellPaths.web;
  // Until we know whether someone is signed in, show neither, rather than a link that flips.
  if (me.data) navItems.push({ href: myPage, label: t('web.nav.myPage'), current: pathname === myPage });
  else if (me.data === null) navItems.push({ href: signIn, label: t('web.nav.signIn'), current: pathname === signIn });

  return (
    <AppLayout
      siteName={t('web.siteName')}
      linkComponent={RouterLink}
      navItems={navItems}
      accountActions={me.data ? <SignOutButton /> : null}
      footerLinks={[{ href: shellPaths.web.accessibility, label: t('web.nav.accessibility') }]}
      footerContent={<Paragraph data-size="sm">{t('web.footer.about')}</Paragraph>}
    >
      <Flash />
      {/* Keyed by path: a new page starts fresh (and its h1 takes focus); filters in the query string do not remount.
          While a page's code arrives the frame stays; after the first page, the previous page stays until the next is ready. */}
      <Suspense fallback={null}>
        <Outlet key={pathname} />
      </Suspense>
    </AppLayout>
  );
}
