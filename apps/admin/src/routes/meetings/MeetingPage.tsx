import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, nextMeetingStatus, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { ConfirmMutationDialog } from '../../components/ConfirmMutationDialog.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useFlash } from '../../components/use-flash.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { AgendaEditor } from './AgendaEditor.tsx';
import { MeetingDaySections } from './MeetingDaySections.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { meetingInput, meetingValues, type MeetingValues } from './meeting-values.ts';
import { formatMeetingTime } from './time.ts';

type Meeting = AdminRouterOutputs['meetings']['get'];

/** /moter/:meetingId: the plan, its agenda, and publishing, cancelling or marking it as held. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <MeetingView meeting={data} />}</QueryView>;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const flash = useFlash();
  const [status, setStatus] = useState<string | null>(flash);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.meetings.get.queryFilter({ meetingId: meeting.id }));
    await queryClient.invalidateQueries(trpc.meetings.list.queryFilter());
  };
  const update = useMutation(
    trpc.meetings.update.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        setStatus(t(result.changes.length > 0 ? 'meetings.admin.edit.savedNotified' : 'meetings.admin.edit.saved'));
      },
    }),
  );
  const statusChange = (message: Parameters<typeof t>[0]) => ({
    onSuccess: async () => {
      setConfirmCancel(false);
      await refresh();
      setStatus(t(message));
    },
  });
  const publish = useMutation(trpc.meetings.publish.mutationOptions(statusChange('meetings.admin.published')));
  const cancel = useMutation(trpc.meetings.cancel.mutationOptions(statusChange('meetings.admin.cancelled')));
  const markHeld = useMutation(trpc.meetings.markHeld.mutationOptions(statusChange('meetings.admin.held')));
  const editable = nextMeetingStatus(meeting.status, 'edit') !== null;
  const can = (action: 'publish' | 'cancel' | 'markHeld') => nextMeetingStatus(meeting.status, action) !== null;
  const onSubmit = (values: MeetingValues) => {
    setStatus(null);
    update.mutate({ meetingId: meeting.id, ...meetingInput(values) });
  };

  return (
    <Page
      title={meeting.title}
      lead={
        <>
          <Paragraph>
            {meeting.network.name}: {formatMeetingTime(locale, meeting.startsAt, meeting.endsAt)}
          </Paragraph>
          <Paragraph>
            {t('meetings.admin.meeting.statusLine', {
              status: t(`meetings.status.${meeting.status}`),
              confirmed: formatNumber(locale, meeting.confirmed),
              waiting: formatNumber(locale, meeting.waiting),
            })}{' '}
            <AppLink to={pathTo(meetingPaths.admin.registrations, { meetingId: meeting.id })}>
              {t('meetings.admin.meeting.registrations')}
            </AppLink>{' '}
            <AppLink to={pathTo(meetingPaths.admin.minutes, { meetingId: meeting.id })}>
              {t('meetings.admin.minutes.link')}
            </AppLink>{' '}
            <AppLink to={pathTo(meetingPaths.admin.evaluation, { meetingId: meeting.id })}>
              {t('meetings.admin.evaluation.link')}
            </AppLink>
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      <Section title={t('meetings.admin.actions')}>
        <FormErrors error={publish.error ?? markHeld.error} />
        {editable ? null : <Paragraph>{t('meetings.admin.meeting.locked')}</Paragraph>}
        <div className="kp-actions">
          {can('publish') ? (
            <Button type="button" loading={publish.isPending} onClick={() => publish.mutate({ meetingId: meeting.id })}>
              {t('meetings.admin.publish')}
            </Button>
          ) : null}
          {can('markHeld') ? (
            <Button
              type="button"
              variant="secondary"
              loading={markHeld.isPending}
              onClick={() => markHeld.mutate({ meetingId: meeting.id })}
            >
              {t('meetings.admin.markHeld')}
            </Button>
          ) : null}
          {can('cancel') ? (
            <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirmCancel(true)}>
              {t('meetings.admin.cancel')}
            </Button>
          ) : null}
        </div>
        {confirmCancel ? (
          <ConfirmMutationDialog
            title={t('meetings.admin.cancel')}
            confirmLabel={t('meetings.admin.cancel')}
            mutation={cancel}
            onConfirm={() => cancel.mutate({ meetingId: meeting.id })}
            onCancel={() => setConfirmCancel(false)}
          >
            {t('meetings.admin.cancel.confirm')}
          </ConfirmMutationDialog>
        ) : null}
      </Section>
      <MeetingDaySections meeting={meeting} />
      {editable ? (
        <>
          <Section title={t('meetings.admin.meeting.details')}>
            <MeetingForm
              mode="edit"
              initial={meetingValues(meeting)}
              submitLabel={t('meetings.admin.edit.submit')}
              pending={update.isPending}
              error={update.error}
              onSubmit={onSubmit}
            />
          </Section>
          <AgendaEditor meeting={meeting} />
        </>
      ) : null}
    </Page>
  );
}
