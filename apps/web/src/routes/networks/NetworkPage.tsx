import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isSlug, meetingPaths, networkPaths, pathTo } from '@knutepunkt/domain';
import { EmptyState, QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { useTRPC } from '../../trpc.ts';
import { OrganisationList } from '../organisations/OrganisationList.tsx';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { useCoverage } from './NetworkList.tsx';
import { networkJsonLd } from '../../ssr/structured-data.ts';

/** A network: what it is, where, and its member organisations. */
export function NetworkPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const coverage = useCoverage();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.networks.bySlug.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return (
    <QueryView query={query}>
      {(network) => (
        <Page
          title={network.name}
          meta={{
            description: network.description ?? undefined,
            jsonLd: networkJsonLd(network),
          }}
          before={<BackLink to={networkPaths.web.list}>{t('networks.web.page.back')}</BackLink>}
        >
          {network.description ? <Paragraphs text={network.description} lang={network.language} /> : null}
          <Paragraph>
            <strong>{t('networks.web.page.area')}:</strong> {coverage(network.counties)}
          </Paragraph>
          <Paragraph>
            <DsLink asChild>
              <Link to={pathTo(meetingPaths.web.network, { networkSlug: network.slug })}>
                {t('meetings.web.network.link')}
              </Link>
            </DsLink>
          </Paragraph>
          <Heading level={2} data-size="sm">
            {t('networks.web.page.members', { count: network.members.length })}
          </Heading>
          {network.members.length === 0 ? (
            <EmptyState message={t('networks.web.page.noMembers')} />
          ) : (
            <OrganisationList organisations={network.members} />
          )}
        </Page>
      )}
    </QueryView>
  );
}
