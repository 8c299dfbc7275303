import { Fragment } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { ReauthDialog } from './ReauthDialog.tsx';
import { Button } from '@digdir/designsystemet-react';
import {
  auditPaths,
  conferencePaths,
  evaluationPaths,
  meetingPaths,
  networkPaths,
  organisationPaths,
  outboxPaths,
  pathTo,
  peoplePaths,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import { AppLayout, useI18n, type NavItem } from '@knutepunkt/ui';
import { isStaff, type Account } from '../account.ts';
import { webAppUrl } from '../config.ts';
import { useTRPC } from '../trpc.ts';
import { useSignOut } from './NoAccess.tsx';
import { RouterLink } from './RouterLink.tsx';

/** The menu shows only what this person may use; the server enforces the same rules. */
export function navItemsFor(
  account: Account | null | undefined,
  pathname: string,
  t: ReturnType<typeof useI18n>['t'],
): NavItem[] {
  if (!account || !isStaff(account)) return [];
  const items: Array<NavItem & { adminOnly?: boolean }> = [
    { href: pathTo(shellPaths.admin.dashboard), label: t('admin.nav.dashboard') },
    { href: pathTo(networkPaths.admin.list), label: t('admin.nav.networks') },
    { href: pathTo(organisationPaths.admin.list), label: t('admin.nav.organisations') },
    { href: pathTo(meetingPaths.admin.list), label: t('meetings.admin.nav') },
    { href: pathTo(conferencePaths.admin.list), label: t('conference.admin.nav') },
    { href: pathTo(evaluationPaths.admin.list), label: t('evaluations.admin.nav') },
    { href: pathTo(practicePaths.admin.queue), label: t('practice.admin.nav.queue') },
    { href: pathTo(practicePaths.admin.list), label: t('practice.admin.nav.examples') },
    { href: pathTo(outboxPaths.admin.list), label: t('outbox.admin.nav') },
    { href: pathTo(peoplePaths.admin.list), label: t('admin.nav.people'), adminOnly: true },
    { href: pathTo(auditPaths.admin.log), label: t('admin.nav.audit'), adminOnly: true },
  ];
  const visible = items.filter((item) => !item.adminOnly || account.isAdmin);
  const home = pathTo(shellPaths.admin.dashboard);
  const matches = (href: string) =>
    href === home ? pathname === home : pathname === href || pathname.startsWith(`${href}/`);
  // One item is current: the most specific match (/praksis/vurdering/… is "Til vurdering", not "Praksiseksempler").
  const current = visible.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return visible.map(({ href, label }) => ({ href, label, current: href === current }));
}

function AccountActions({ account }: { account: Account }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <div className="kp-account">
      <span className="kp-account__name">{t('admin.account.signedInAs', { name: account.name })}</span>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => signOut.mutate()}
        loading={signOut.isPending}
      >
        {t('admin.account.signOut')}
      </Button>
    </div>
  );
}

/** The frame of every page: header with menu and language, main, footer. */
export function AdminLayout() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const location = useLocation();
  const me = useQuery(trpc.account.me.queryOptions());
  const account = me.data;
  return (
    <AppLayout
      siteName={t('admin.siteName')}
      homeHref={pathTo(shellPaths.admin.dashboard)}
      linkComponent={RouterLink}
      navItems={navItemsFor(account, location.pathname, t)}
      accountActions={account ? <AccountActions account={account} /> : null}
      footerLinks={[
        { href: pathTo(shellPaths.admin.accessibility), label: t('admin.footer.accessibility') },
        { href: webAppUrl(), label: t('admin.footer.webApp') },
      ]}
    >
      {/* A new page for every address: page state resets and the new h1 takes focus. */}
      <Fragment key={location.pathname}>
        <Outlet />
      </Fragment>
      <ScrollRestoration />
      {/* Asks for the password again when a sensitive action needs it (docs/adr/0015). */}
      <ReauthDialog />
    </AppLayout>
  );
}
