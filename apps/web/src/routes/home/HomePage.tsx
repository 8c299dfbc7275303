import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { networkPaths, organisationPaths, shellPaths } from '@knutepunkt/domain';
import { EmptyState, ErrorState, Loading, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { Page } from '../../components/Page.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { useTRPC } from '../../trpc.ts';
import { NetworkList } from '../networks/NetworkList.tsx';
import { websiteJsonLd } from '../../ssr/structured-data.ts';

function Networks() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const networks = useQuery(trpc.networks.list.queryOptions());
  if (networks.isPending) return <Loading label={t('web.home.networksLoading')} />;
  if (networks.isError) {
    return (
      <ErrorState headingLevel={3} message={errorMessage(networks.error, t)} onRetry={() => void networks.refetch()} />
    );
  }
  if (networks.data.length === 0) return <EmptyState />;
  return <NetworkList networks={networks.data} headingLevel={3} />;
}

/** The front page: what this is, in plain words, and the ways in. */
export function HomePage() {
  const { t } = useI18n();
  const me = useAccountQuery();
  return (
    <Page
      title={t('web.home.title')}
      documentTitle={t('web.siteName')}
      meta={{ description: t('web.home.lead'), jsonLd: websiteJsonLd(t('web.siteName'), t('web.meta.description')) }}
    >
      <Paragraph data-size="lg">{t('web.home.lead')}</Paragraph>
      <Paragraph>{t('web.home.recovery')}</Paragraph>
      <Paragraph>{t('web.home.hubs')}</Paragraph>

      <div className="kp-actions">
        <Button asChild>
          <Link to={organisationPaths.web.directory}>{t('web.home.toDirectory')}</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link to={networkPaths.web.list}>{t('web.home.toNetworks')}</Link>
        </Button>
      </div>

      <section aria-labelledby="home-networks" className="kp-stack">
        <Heading level={2} data-size="md" id="home-networks">
          {t('web.home.networksHeading')}
        </Heading>
        <Networks />
      </section>

      {me.data === null ? (
        <section aria-labelledby="home-join" className="kp-panel kp-stack">
          <Heading level={2} data-size="sm" id="home-join">
            {t('web.home.joinHeading')}
          </Heading>
          <Paragraph>{t('web.home.joinText')}</Paragraph>
          <div className="kp-actions">
            <Button asChild variant="secondary">
              <Link to={shellPaths.web.register}>{t('web.home.register')}</Link>
            </Button>
            <Button asChild variant="tertiary">
              <Link to={shellPaths.web.signIn}>{t('web.nav.signIn')}</Link>
            </Button>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
