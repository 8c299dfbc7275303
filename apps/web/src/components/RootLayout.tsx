import { Paragraph } from '@digdir/designsystemet-react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { AppLayout, useI18n, type NavItem } from '@knutepunkt/ui';
import { Flash } from './Flash.tsx';
import { RouterLink } from './RouterLink.tsx';
import { SignOutButton } from './SignOutButton.tsx';
import { useAccountQuery } from './useAccount.ts';

function inSection(pathname: string, section: string): boolean {
  return pathname === section || pathname.startsWith(`${section}/`);
}

/** The frame of every page: header with navigation and language, main, footer. */
export function RootLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const me = useAccountQuery();

  const navItems: NavItem[] = [
    { href: '/praksis', label: t('practice.web.nav'), current: inSection(pathname, '/praksis') },
    { href: '/organisasjoner', label: t('web.nav.organisations'), current: inSection(pathname, '/organisasjoner') },
    { href: '/nettverk', label: t('web.nav.networks'), current: inSection(pathname, '/nettverk') },
  ];
  // Until we know whether someone is signed in, show neither, rather than a link that flips.
  if (me.data) navItems.push({ href: '/min-side', label: t('web.nav.myPage'), current: pathname === '/min-side' });
  else if (me.data === null)
    navItems.push({ href: '/logg-inn', label: t('web.nav.signIn'), current: pathname === '/logg-inn' });

  return (
    <AppLayout
      siteName={t('web.siteName')}
      linkComponent={RouterLink}
      navItems={navItems}
      accountActions={me.data ? <SignOutButton /> : null}
      footerLinks={[{ href: '/tilgjengelighet', label: t('web.nav.accessibility') }]}
      footerContent={<Paragraph data-size="sm">{t('web.footer.about')}</Paragraph>}
    >
      <Flash />
      {/* Keyed by path: a new page starts fresh (and its h1 takes focus); filters in the query string do not remount. */}
      <Outlet key={pathname} />
      <ScrollRestoration />
    </AppLayout>
  );
}
