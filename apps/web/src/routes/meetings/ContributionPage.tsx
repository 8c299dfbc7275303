import { useState } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { isSlug, meetingPaths, pathTo } from '@knutepunkt/domain';
import { Loading, QueryView, SelectField, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { signInHref } from '../../components/next.ts';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { ContributionForm } from './ContributionForm.tsx';
import { ContributionShared } from './ContributionShared.tsx';
import './meetings.css';

type Meeting = Outputs['meetings']['bySlug'];

function OrganisationContribution({ meetingId, organisationId }: { meetingId: string; organisationId: string }) {
  const trpc = useTRPC();
  // staleTime 0: another editor of the organisation may have written since.
  const query = useQuery({
    ...trpc.meetings.contributions.get.queryOptions({ meetingId, organisationId }),
    staleTime: 0,
  });
  return (
    <QueryView query={query} scope="section">
      {(contribution) => <ContributionForm key={organisationId} contribution={contribution} />}
    </QueryView>
  );
}

function SignedInView({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const overview = useQuery(trpc.meetings.contributions.overview.queryOptions({ meetingId: meeting.id }));
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <QueryView query={overview} scope="section">
      {(o) => {
        if (o.canReadShared) return <ContributionShared meetingId={meeting.id} />;
        if (o.window === 'none') return <Paragraph>{t('meetings.web.contributions.none')}</Paragraph>;
        if (o.organisations.length === 0) return <Paragraph>{t('meetings.web.contributions.notEditor')}</Paragraph>;
        const organisationId = chosen ?? o.organisations[0]!.id;
        return (
          <>
            {o.organisations.length > 1 ? (
              <SelectField
                name="organisation"
                label={t('meetings.web.contributions.organisation')}
                options={o.organisations.map((org) => ({ value: org.id, label: org.name }))}
                placeholder={false}
                value={organisationId}
                onChange={(e) => setChosen(e.target.value)}
              />
            ) : null}
            <OrganisationContribution meetingId={meeting.id} organisationId={organisationId} />
          </>
        );
      }}
    </QueryView>
  );
}

function ContributionView({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const location = useLocation();
  const account = useAccountQuery();
  return (
    <Page
      title={t('meetings.web.contributions.title', { title: meeting.title })}
      before={
        <BackLink to={pathTo(meetingPaths.web.meeting, { slug: meeting.slug })}>
          {t('meetings.web.contributions.back')}
        </BackLink>
      }
    >
      {account.isPending ? (
        <Loading />
      ) : account.data ? (
        <SignedInView meeting={meeting} />
      ) : (
        <Paragraph>
          {t('meetings.web.contributions.signIn')}{' '}
          <DsLink asChild>
            <Link to={signInHref(location.pathname)}>{t('meetings.web.contributions.signInLink')}</Link>
          </DsLink>
        </Paragraph>
      )}
    </Page>
  );
}

/**
 * `/moter/:slug/innspill`: an editor writes the organisation's contribution (innspill) before
 * the meeting; after it, the network's members read everyone's. Not indexed: it is a member's page.
 */
export function ContributionPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const valid = isSlug(slug);
  const query = useQuery({ ...trpc.meetings.bySlug.queryOptions({ slug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  return <QueryView query={query}>{(meeting) => <ContributionView meeting={meeting} />}</QueryView>;
}
