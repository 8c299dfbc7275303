import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { Page } from '../../components/Page.tsx';
import { formatDateTime, formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { CheckInList, type CheckInPerson } from './CheckInList.tsx';
import { formatMeetingTime } from './time.ts';
import { type CheckInSync, type SavedAttendance, useCheckInSync } from './use-check-in-sync.ts';
import './check-in.css';

type Meeting = AdminRouterOutputs['meetings']['get'];
type List = AdminRouterOutputs['meetings']['checkIn']['list'];

/** /moter/:meetingId/innsjekk: checking people in at the door, on a phone, with or without a connection. */
export function CheckInPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <CheckIn meeting={data} />}</QueryView>;
}

function CheckIn({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listOptions = trpc.meetings.checkIn.list.queryOptions({ meetingId: meeting.id });
  const list = useQuery({ ...listOptions, staleTime: 0 });
  // The server's answer for the marks sent: what it now holds (a later mark from another phone may have won).
  // A refetch started before the answer (coming back online refetches) would bring older news: cancel it,
  // put the answer in, and ask again.
  const onSaved = useCallback(
    async (current: SavedAttendance) => {
      await queryClient.cancelQueries({ queryKey: listOptions.queryKey });
      queryClient.setQueryData(listOptions.queryKey, (old: List | undefined) => {
        if (!old) return old;
        const saved = new Map(current.map((c) => [c.registrationId, c]));
        return {
          ...old,
          people: old.people.map((p) => {
            const c = saved.get(p.registrationId);
            return c ? { ...p, attended: c.attended, markedAt: c.markedAt } : p;
          }),
        };
      });
      await queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
    },
    [queryClient, listOptions.queryKey],
  );
  const sync = useCheckInSync(meeting.id, onSaved);

  return (
    <Page
      title={t('meetings.admin.checkIn.title', { title: meeting.title })}
      lead={
        <>
          <Paragraph>{formatMeetingTime(locale, meeting.startsAt, meeting.endsAt)}</Paragraph>
          <Paragraph>
            <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>
              {t('meetings.admin.checkIn.back')}
            </AppLink>
          </Paragraph>
        </>
      }
    >
      <SyncStatus sync={sync} />
      <QueryView query={list}>{(data) => <CheckInBody list={data} sync={sync} />}</QueryView>
    </Page>
  );
}

/** The queue's state, always in the page and announced as it changes: "3 markeringer venter på nett" / "Alt er sendt". */
function SyncStatus({ sync }: { sync: CheckInSync }) {
  const { t, locale } = useI18n();
  const n = sync.queue.length;
  const waiting =
    n === 0
      ? t('meetings.admin.checkIn.sync.done')
      : n === 1
        ? t('meetings.admin.checkIn.sync.waiting.one')
        : t('meetings.admin.checkIn.sync.waiting.many', { n: formatNumber(locale, n) });
  return (
    <div className="kp-checkin__sync">
      <div role="status" className="kp-checkin__status" data-waiting={n > 0 || undefined}>
        <Paragraph>{waiting}</Paragraph>
        {sync.online ? null : <Paragraph data-size="sm">{t('meetings.admin.checkIn.sync.offline')}</Paragraph>}
      </div>
      {sync.refused ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph>{t('meetings.admin.checkIn.sync.refused', { message: sync.refused })}</Paragraph>
          <Button type="button" variant="secondary" data-size="sm" onClick={sync.retry}>
            {t('meetings.admin.checkIn.sync.retry')}
          </Button>
        </Alert>
      ) : null}
    </div>
  );
}

function CheckInBody({ list, sync }: { list: List; sync: CheckInSync }) {
  const { t, locale } = useI18n();
  // What the phone shows: the server's list with this phone's unsent marks on top.
  const people = useMemo<CheckInPerson[]>(() => {
    const queued = new Map(sync.queue.map((m) => [m.registrationId, m]));
    return list.people.map((p) => {
      const mark = queued.get(p.registrationId);
      return mark ? { ...p, attended: mark.attended, unsent: true } : { ...p, unsent: false };
    });
  }, [list.people, sync.queue]);
  const attended = people.filter((p) => p.attended).length;
  return (
    <>
      {list.window === 'notYet' ? (
        <Alert data-color="info" data-size="sm">
          <Paragraph>{t('meetings.admin.checkIn.notYet', { time: formatDateTime(locale, list.opensAt) })}</Paragraph>
        </Alert>
      ) : list.window === 'closed' ? (
        <Alert data-color="info" data-size="sm">
          <Paragraph>{t('meetings.admin.checkIn.closed')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph className="kp-checkin__counts">
        {t('meetings.admin.checkIn.counts', {
          attended: formatNumber(locale, attended),
          total: formatNumber(locale, people.length),
        })}
      </Paragraph>
      <CheckInList people={people} enabled={list.window === 'open'} onMark={sync.mark} />
    </>
  );
}
