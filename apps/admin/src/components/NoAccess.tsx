import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { pathTo, shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import type { Account } from '../account.ts';
import { webAppUrl } from '../config.ts';
import { useTRPC } from '../trpc.ts';
import { AppLink } from './AppLink.tsx';
import { Page } from './Page.tsx';

/**
 * For someone signed in who is neither a coordinator nor an admin (a member,
 * an organisation editor): what this app is for, where their own things are,
 * and a way to sign in as someone else.
 */
export function NoAccessPage({ account }: { account: Pick<Account, 'name' | 'email'> }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <Page title={t('admin.noAccess.title')}>
      <Paragraph>{t('admin.noAccess.text', { name: account.name, email: account.email })}</Paragraph>
      <Paragraph>{t('admin.noAccess.help')}</Paragraph>
      <Paragraph>
        <Link href={webAppUrl()}>{t('admin.noAccess.webApp')}</Link>
      </Paragraph>
      <div>
        <Button type="button" variant="secondary" onClick={() => signOut.mutate()} loading={signOut.isPending}>
          {t('admin.noAccess.switchAccount')}
        </Button>
      </div>
    </Page>
  );
}

/** A coordinator on a page for platform admins only. */
export function AdminOnlyPage() {
  const { t } = useI18n();
  return (
    <Page title={t('admin.adminOnly.title')}>
      <Paragraph>{t('admin.adminOnly.text')}</Paragraph>
      <Paragraph>
        <AppLink to={pathTo(shellPaths.admin.dashboard)}>{t('admin.adminOnly.home')}</AppLink>
      </Paragraph>
    </Page>
  );
}

/** Sign out, forget everything cached about the person, and go to the sign-in page. */
export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation(
    trpc.account.signOut.mutationOptions({
      onSettled: () => {
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.account.me.queryKey(), null);
        void navigate(pathTo(shellPaths.admin.signIn));
      },
    }),
  );
}
