import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { isSlug, meetingPaths, networkPaths, pathTo } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { BackLink } from '../../components/BackLink.tsx';
import { Page } from '../../components/Page.tsx';
import { PageNotFound } from '../../components/PageStates.tsx';
import { useTRPC } from '../../trpc.ts';
import {
  IntroParagraph,
  MeetingResults,
  PAST_VALUE,
  WHEN_PARAM,
  WhenLinks,
  type When,
  pageOf,
  whenOf,
} from './MeetingList.tsx';
import { useSiteOrigin } from './use-site-origin.ts';
import { CopyAddress } from './CopyAddress.tsx';
import './meetings.css';

/** "Abonner i kalenderen din": the network's feed as a webcal:// link, and its address to paste. */
function Subscribe({ networkSlug, networkName }: { networkSlug: string; networkName: string }) {
  const { t } = useI18n();
  const origin = useSiteOrigin();
  const feedPath = pathTo(meetingPaths.web.networkCalendar, { networkSlug });
  const httpUrl = origin ? `${origin}${feedPath}` : null;
  const webcal = httpUrl ? httpUrl.replace(/^https?:\/\//i, 'webcal://') : feedPath;
  return (
    <section aria-labelledby="subscribe-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="xs" id="subscribe-heading">
        {t('meetings.web.network.subscribeHeading')}
      </Heading>
      <Paragraph>{t('meetings.web.network.subscribeText')}</Paragraph>
      <Paragraph>
        <DsLink href={webcal}>{t('meetings.web.network.subscribeLink', { network: networkName })}</DsLink>
      </Paragraph>
      {httpUrl ? (
        <CopyAddress url={httpUrl} label={t('meetings.web.network.feedLabel')} />
      ) : (
        <Paragraph data-size="sm" className="kp-break-anywhere">
          {t('meetings.web.network.feedAddress', { url: feedPath })}
        </Paragraph>
      )}
      <Paragraph data-size="sm">{t('meetings.web.network.refresh')}</Paragraph>
      <Paragraph data-size="sm">
        <DsLink href={pathTo(meetingPaths.web.networkAtom, { networkSlug })}>{t('meetings.web.feed.link')}</DsLink>
      </Paragraph>
    </section>
  );
}

/** /nettverk/:networkSlug/moter: one network's meetings, and its calendar to subscribe to. */
export function NetworkMeetingsPage() {
  const { t } = useI18n();
  const { networkSlug = '' } = useParams();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const valid = isSlug(networkSlug);
  const network = useQuery({ ...trpc.networks.bySlug.queryOptions({ slug: networkSlug }), enabled: valid });
  if (!valid) return <PageNotFound />;
  const when = whenOf(params);
  const page = pageOf(params);
  const href = (w: When, p = 1) =>
    pathTo(
      meetingPaths.web.network,
      { networkSlug },
      {
        ...(w === 'past' ? { [WHEN_PARAM]: PAST_VALUE } : {}),
        ...(p > 1 ? { side: String(p) } : {}),
      },
    );
  return (
    <QueryView query={network}>
      {(n) => (
        <Page
          title={t('meetings.web.list.networkMeetings', { network: n.name })}
          meta={{
            description: t('meetings.web.list.description'),
            feeds: [
              {
                path: pathTo(meetingPaths.web.networkAtom, { networkSlug: n.slug }),
                title: t('meetings.web.feed.network', { network: n.name }),
              },
            ],
          }}
          before={
            <BackLink to={pathTo(networkPaths.web.network, { slug: n.slug })}>
              {t('meetings.web.network.back', { network: n.name })}
            </BackLink>
          }
        >
          <IntroParagraph />
          <Paragraph>
            <DsLink asChild>
              <Link to={meetingPaths.web.list}>{t('meetings.web.network.all')}</Link>
            </DsLink>
          </Paragraph>
          <WhenLinks when={when} hrefFor={(w) => href(w)} />
          <MeetingResults networkSlug={n.slug} when={when} page={page} hrefFor={(p) => href(when, p)} />
          <Subscribe networkSlug={n.slug} networkName={n.name} />
        </Page>
      )}
    </QueryView>
  );
}
