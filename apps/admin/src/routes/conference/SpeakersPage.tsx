import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { conferencePaths, pathTo } from '@knutepunkt/domain';
import { DataTable, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { NEW } from './session-values.ts';

/** /konferanse/:editionId/foredragsholdere: the edition's speakers, with how many sessions each is in. */
export function SpeakersPage() {
  const { editionId = '' } = useParams();
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const flash = useFlash();
  const speakers = useQuery(trpc.conference.speakers.list.queryOptions({ editionId }));
  const title = t('conference.admin.speakers.title');

  return (
    <Page
      title={title}
      lead={<Paragraph>{t('conference.admin.speakers.intro')}</Paragraph>}
      actions={
        <Button asChild variant="secondary">
          <Link to={pathTo(conferencePaths.admin.speaker, { editionId, speakerId: NEW })}>
            {t('conference.admin.speakers.new')}
          </Link>
        </Button>
      }
    >
      <StatusMessage message={flash} />
      <DataTable
        caption={title}
        query={speakers}
        rows={speakers.data}
        rowKey={(s) => s.id}
        columns={[
          {
            id: 'name',
            header: t('conference.admin.speakers.col.name'),
            rowHeader: true,
            cell: (s) => (
              <AppLink to={pathTo(conferencePaths.admin.speaker, { editionId, speakerId: s.id })}>{s.name}</AppLink>
            ),
            sortValue: (s) => s.name,
          },
          {
            id: 'organisation',
            header: t('conference.admin.speakers.col.organisation'),
            cell: (s) => s.organisation?.name ?? '',
          },
          {
            id: 'sessions',
            header: t('conference.admin.speakers.col.sessions'),
            className: 'kp-num',
            cell: (s) => formatNumber(locale, s.sessionCount),
            sortValue: (s) => s.sessionCount,
          },
          {
            id: 'photo',
            header: t('conference.admin.speakers.col.photo'),
            cell: (s) => t(s.hasPhoto ? 'conference.admin.speakers.yes' : 'conference.admin.speakers.no'),
          },
        ]}
        empty={t('conference.admin.speakers.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
