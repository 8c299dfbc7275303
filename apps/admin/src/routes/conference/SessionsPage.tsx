import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { SESSION_SCHEDULE_FILTERS, type SessionScheduleFilter, conferencePaths, pathTo } from '@knutepunkt/domain';
import { DataTable, SelectField, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { useTRPC } from '../../trpc.ts';
import { formatSessionTime } from './conference-time.ts';
import { NEW } from './session-values.ts';

const isFilter = (value: string | null): value is SessionScheduleFilter =>
  (SESSION_SCHEDULE_FILTERS as readonly string[]).includes(value ?? '');

/** /konferanse/:editionId/sesjoner: every session of the working copy, placed or not, with a filter (?vis=). */
export function SessionsPage() {
  const { editionId = '' } = useParams();
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const flash = useFlash();
  const [params, setParams] = useSearchParams();
  const shown = params.get('vis');
  const scheduled: SessionScheduleFilter = isFilter(shown) ? shown : 'all';
  const sessions = useQuery(trpc.conference.sessions.list.queryOptions({ editionId, scheduled }));
  const title = t('conference.admin.sessions.title');

  return (
    <Page
      title={title}
      lead={
        <Paragraph>
          {t('conference.admin.sessions.intro')} {t('conference.osloTime')}
        </Paragraph>
      }
      actions={
        <Button asChild variant="secondary">
          <Link to={pathTo(conferencePaths.admin.session, { editionId, sessionId: NEW })}>
            {t('conference.admin.sessions.new')}
          </Link>
        </Button>
      }
    >
      <StatusMessage message={flash} />
      <SelectField
        name="vis"
        label={t('conference.admin.sessions.filter')}
        placeholder={false}
        value={scheduled}
        onChange={(event) =>
          setParams(event.target.value === 'all' ? {} : { vis: event.target.value }, { replace: true })
        }
        options={SESSION_SCHEDULE_FILTERS.map((f) => ({ value: f, label: t(`conference.admin.sessions.filter.${f}`) }))}
      />
      <DataTable
        caption={`${title}: ${t(`conference.admin.sessions.filter.${scheduled}`)}`}
        query={sessions}
        rows={sessions.data}
        rowKey={(s) => s.id}
        columns={[
          {
            id: 'number',
            header: t('conference.admin.sessions.col.number'),
            className: 'kp-num',
            cell: (s) => s.number,
            sortValue: (s) => s.number,
          },
          {
            id: 'title',
            header: t('conference.admin.sessions.col.title'),
            rowHeader: true,
            cell: (s) => (
              <AppLink to={pathTo(conferencePaths.admin.session, { editionId, sessionId: s.id })}>{s.title}</AppLink>
            ),
            sortValue: (s) => s.title,
          },
          { id: 'type', header: t('conference.admin.sessions.col.type'), cell: (s) => s.type?.name ?? '' },
          { id: 'track', header: t('conference.admin.sessions.col.track'), cell: (s) => s.track?.name ?? '' },
          {
            id: 'when',
            header: t('conference.admin.sessions.col.when'),
            cell: (s) =>
              s.scheduled && s.startsAt
                ? `${formatSessionTime(locale, s.startsAt)}, ${s.room?.name ?? ''}`
                : t('conference.admin.sessions.unscheduled'),
            sortValue: (s) => (s.startsAt ? String(s.startsAt) : '~'),
          },
          {
            id: 'speakers',
            header: t('conference.admin.sessions.col.speakers'),
            cell: (s) => s.speakers.map((speaker) => speaker.name).join(', '),
          },
        ]}
        empty={t('conference.admin.sessions.empty')}
        errorHeadingLevel={2}
      />
    </Page>
  );
}
