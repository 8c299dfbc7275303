import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
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
import './meetings.css';

function listHref(when: When, page = 1): string {
  return pathTo(meetingPaths.web.list, undefined, {
    ...(when === 'past' ? { [WHEN_PARAM]: PAST_VALUE } : {}),
    ...(page > 1 ? { side: String(page) } : {}),
  });
}

/** /moter: the meetings of every network, upcoming (soonest first) or past. */
export function MeetingListPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const when = whenOf(params);
  const page = pageOf(params);
  return (
    <Page
      title={t('meetings.web.list.title')}
      meta={{
        description: t('meetings.web.list.description'),
        feeds: [{ path: meetingPaths.web.atom, title: t('meetings.web.feed.all') }],
      }}
    >
      <IntroParagraph />
      <WhenLinks when={when} hrefFor={(w) => listHref(w)} />
      <MeetingResults when={when} page={page} hrefFor={(p) => listHref(when, p)} />
      <Paragraph data-size="sm">
        <DsLink href={meetingPaths.web.atom}>{t('meetings.web.feed.link')}</DsLink>
      </Paragraph>
    </Page>
  );
}
