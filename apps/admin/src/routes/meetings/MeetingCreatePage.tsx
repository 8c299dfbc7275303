import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { Page } from '../../components/Page.tsx';
import { useTRPC } from '../../trpc.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { EMPTY_MEETING, meetingInput, type MeetingValues } from './meeting-values.ts';

/** /moter/ny: a new meeting in one of the networks the person coordinates, saved as a draft. */
export function MeetingCreatePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(
    trpc.meetings.create.mutationOptions({
      onSuccess: async (meeting) => {
        await queryClient.invalidateQueries(trpc.meetings.list.queryFilter());
        void navigate(pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id }), {
          state: { flash: t('meetings.admin.create.created') },
        });
      },
    }),
  );
  const onSubmit = (values: MeetingValues) => create.mutate({ networkId: values.networkId, ...meetingInput(values) });

  return (
    <Page title={t('meetings.admin.create.title')} lead={<Paragraph>{t('meetings.admin.create.intro')}</Paragraph>}>
      <MeetingForm
        mode="create"
        initial={EMPTY_MEETING}
        submitLabel={t('meetings.admin.create.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={onSubmit}
      />
    </Page>
  );
}
