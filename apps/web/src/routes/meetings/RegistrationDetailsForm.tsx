import type { FormEvent } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meetingRegistrationDetails } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { type Outputs, useTRPC } from '../../trpc.ts';
import { DETAIL_FIELDS, RegistrationDetailsFields, detailsFrom } from './RegistrationDetailsFields.tsx';

type Meeting = Outputs['meetings']['bySlug'];
type Details = Outputs['meetings']['myRegistrationDetails'];

function DetailsForm({
  meeting,
  current,
  submitLabel,
  onDone,
}: {
  meeting: Meeting;
  current: Details | null;
  submitLabel: string;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.meetings.updateRegistration.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.meetings.bySlug.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.myRegistrationDetails.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.myRegistrations.pathFilter()),
        ]);
        onDone(t('meetings.web.details.saved'));
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(update, meetingRegistrationDetails, DETAIL_FIELDS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = detailsFrom(new FormData(event.currentTarget), meeting);
    if (check(input)) update.mutate({ meetingId: meeting.id, ...meetingRegistrationDetails.parse(input) });
  };
  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      submitLabel={submitLabel}
      pending={update.isPending}
    >
      <RegistrationDetailsFields meeting={meeting} errorFor={errorFor} current={current} />
    </CheckedForm>
  );
}

/**
 * «Fullfør påmeldingen»: someone promoted from the waiting list (which asked only who) gives
 * attendance, needs and list consent. Shown at once while they are missing.
 */
export function CompleteRegistration({ meeting, onDone }: { meeting: Meeting; onDone: (message: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="complete-heading" className="kp-stack">
      <Heading level={3} data-size="xs" id="complete-heading">
        {t('meetings.web.details.completeHeading')}
      </Heading>
      <Paragraph>{t('meetings.web.details.completeText')}</Paragraph>
      <DetailsForm meeting={meeting} current={null} submitLabel={t('meetings.web.details.save')} onDone={onDone} />
    </section>
  );
}

/** «Endre oppmøte og behov»: the answers given before, to change until the start. */
export function ChangeRegistration({ meeting, onDone }: { meeting: Meeting; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const details = useQuery(trpc.meetings.myRegistrationDetails.queryOptions({ meetingId: meeting.id }));
  return (
    <section aria-labelledby="change-heading" className="kp-stack">
      <Heading level={3} data-size="xs" id="change-heading" tabIndex={-1}>
        {t('meetings.web.details.change')}
      </Heading>
      <QueryView query={details} scope="section" headingLevel={4}>
        {(current) => (
          <DetailsForm
            meeting={meeting}
            current={current}
            submitLabel={t('meetings.web.details.save')}
            onDone={onDone}
          />
        )}
      </QueryView>
    </section>
  );
}
