import type { ReactNode } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useLocation } from 'react-router';
import { QueryView, useI18n } from '@knutepunkt/ui';
import type { Account } from '../trpc.ts';
import { Page } from './Page.tsx';
import { useAccountQuery } from './use-account.ts';
import { signInHref } from './next.ts';

/** Pages for signed-in people: a signed-out visitor gets a way to sign in that leads back here. */
export function RequireSignIn({ children }: { children: (account: Account) => ReactNode }) {
  const { t } = useI18n();
  const location = useLocation();
  const me = useAccountQuery();
  return (
    <QueryView query={me}>
      {(account) =>
        account ? (
          children(account)
        ) : (
          <Page title={t('account.web.signInRequired.title')}>
            <Paragraph>{t('account.web.signInRequired.text')}</Paragraph>
            <Paragraph>
              <DsLink asChild>
                <Link to={signInHref(location.pathname + location.search)}>{t('account.web.signInRequired.link')}</Link>
              </DsLink>
            </Paragraph>
          </Page>
        )
      }
    </QueryView>
  );
}
