import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { useAccountQuery } from '../../components/use-account.ts';
import { useTRPC } from '../../trpc.ts';

/**
 * The meeting page's line about contributions (innspill): a link for an editor who may answer
 * now, or, after the meeting, for those who may read them. Nothing for anyone else, and nothing
 * on the server-rendered page (it is rendered as an anonymous visitor sees it).
 */
export function ContributionLink({ meetingId, slug }: { meetingId: string; slug: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const account = useAccountQuery();
  const overview = useQuery({
    ...trpc.meetings.contributions.overview.queryOptions({ meetingId }),
    enabled: !!account.data,
  });
  const o = overview.data;
  if (!account.data || !o || (!o.canReadShared && (o.window !== 'open' || o.organisations.length === 0))) return null;
  return (
    <Paragraph>
      <DsLink asChild>
        <Link to={pathTo(meetingPaths.web.contributions, { slug })}>
          {t(o.canReadShared ? 'meetings.web.contributions.linkShared' : 'meetings.web.contributions.link')}
        </Link>
      </DsLink>
    </Paragraph>
  );
}
