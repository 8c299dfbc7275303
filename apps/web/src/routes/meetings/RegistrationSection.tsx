import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { meetingRegisterInput } from '@knutepunkt/domain';
import { ConfirmDialog, Loading, SelectField, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { signInHref } from '../../components/next.ts';
import { useAccountQuery } from '../../components/use-account.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { optional } from '../../components/validate.ts';
import { type Account, type Outputs, useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';
import { ChangeRegistration, CompleteRegistration } from './RegistrationDetailsForm.tsx';
import { DETAIL_FIELDS, RegistrationDetailsFields, detailsFrom } from './RegistrationDetailsFields.tsx';

type Meeting = Outputs['meetings']['bySlug'];

const FIELDS = ['organisationId', ...DETAIL_FIELDS] as const;

/** The organisations the person is an approved member or editor of. */
function ownOrganisations(account: Account) {
  return account.memberships.filter((m) => m.status === 'APPROVED').map((m) => m.organisation);
}

function RegisterForm({
  meeting,
  account,
  onDone,
}: {
  meeting: Meeting;
  account: Account;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const register = useMutation(
    trpc.meetings.register.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.meetings.bySlug.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.myRegistrations.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.list.pathFilter()),
        ]);
        const outcome =
          result.status === 'confirmed'
            ? t('meetings.web.register.confirmed')
            : t('meetings.web.register.waiting', { place: result.waitingPlace ?? 1 });
        onDone(result.existing ? `${t('meetings.web.register.existing')} ${outcome}` : outcome);
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(register, meetingRegisterInput, FIELDS);
  const organisations = ownOrganisations(account);
  // Every seat taken: the waiting list asks only who (the account) and for which organisation.
  const full = meeting.seatsLeft === 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      organisationId: optional(form.get('organisationId')),
      ...(full ? {} : detailsFrom(form, meeting)),
    };
    if (check(input)) register.mutate({ meetingId: meeting.id, ...meetingRegisterInput.parse(input) });
  };

  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      submitLabel={full ? t('meetings.web.register.joinWaiting') : t('meetings.web.register.submit')}
      pending={register.isPending}
      intro={
        <>
          {full ? <Paragraph>{t('meetings.web.register.fullIntro')}</Paragraph> : null}
          <Paragraph>{t('meetings.web.register.as', { name: account.name, email: account.email })}</Paragraph>
          {meeting.openTo === 'network_members' ? (
            <Paragraph>{t('meetings.web.register.membersOnly')}</Paragraph>
          ) : null}
        </>
      }
    >
      <SelectField
        name="organisationId"
        label={t('meetings.web.register.organisation')}
        options={[
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
          { value: '', label: t('meetings.web.register.noOrganisation') },
        ]}
        placeholder={false}
        error={errorFor('organisationId')}
      />
      {full ? null : <RegistrationDetailsFields meeting={meeting} errorFor={errorFor} />}
    </CheckedForm>
  );
}

/** Someone registered: where they stand, and cancelling with a confirmation. */
function MyRegistration({
  meeting,
  registration,
  onDone,
}: {
  meeting: Meeting;
  registration: NonNullable<Meeting['myRegistration']>;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [changing, setChanging] = useState(false);
  const cancel = useMutation(
    trpc.meetings.cancelRegistration.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.meetings.bySlug.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.myRegistrations.pathFilter()),
          queryClient.invalidateQueries(trpc.meetings.list.pathFilter()),
        ]);
        setConfirming(false);
        onDone(t('meetings.web.cancel.done'));
      },
    }),
  );
  const mayCancel = meeting.status === 'published' && new Date(meeting.startsAt) > new Date();
  return (
    <div className="kp-stack">
      <Paragraph>
        <strong>
          {registration.status === 'confirmed'
            ? t('meetings.web.register.youConfirmed')
            : t('meetings.web.register.youWaiting', { place: registration.waitingPlace ?? 1 })}
        </strong>{' '}
        {t(`meetings.attendance.${registration.attendance}`)}.
      </Paragraph>
      {mayCancel && registration.status === 'confirmed' && registration.detailsMissing ? (
        <CompleteRegistration meeting={meeting} onDone={onDone} />
      ) : null}
      {mayCancel && registration.status === 'confirmed' && !registration.detailsMissing ? (
        changing ? (
          <ChangeRegistration
            meeting={meeting}
            onDone={(message) => {
              setChanging(false);
              onDone(message);
            }}
          />
        ) : (
          <div>
            <Button type="button" variant="tertiary" onClick={() => setChanging(true)} aria-expanded={false}>
              {t('meetings.web.details.change')}
            </Button>
          </div>
        )
      ) : null}
      {mayCancel ? (
        <div>
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            {t('meetings.web.cancel.button')}
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('meetings.web.cancel.title')}
          confirmLabel={t('meetings.web.cancel.button')}
          danger
          pending={cancel.isPending}
          error={cancel.isError ? errorMessage(cancel.error, t) : null}
          onConfirm={() => cancel.mutate({ meetingId: meeting.id })}
          onCancel={() => {
            cancel.reset();
            setConfirming(false);
          }}
          fallbackFocus={() => document.getElementById('registration-heading')}
        >
          {t('meetings.web.cancel.text')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** "Påmelding": the window, then sign-in, the person's registration, or the form. */
export function RegistrationSection({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useI18n();
  const me = useAccountQuery();
  const location = useLocation();
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const announce = (message: string) => {
    setDone(message);
    // The form or button that was used is gone; focus goes to the outcome.
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  if (meeting.status === 'cancelled' || meeting.status === 'held') return null;
  const stage = meeting.registration;
  const account = me.data ?? null;
  const mine = meeting.myRegistration;

  let body;
  if (me.isPending) body = <Loading />;
  else if (mine) body = <MyRegistration meeting={meeting} registration={mine} onDone={announce} />;
  else if (stage === 'notOpen')
    body = (
      <Paragraph>
        {t('meetings.web.register.notOpen', {
          date: meeting.registrationOpensAt ? formatDayAndTime(meeting.registrationOpensAt, locale) : '',
        })}
      </Paragraph>
    );
  else if (stage === 'afterDeadline') body = <Paragraph>{t('meetings.web.register.afterDeadline')}</Paragraph>;
  else if (stage === 'closed') body = <Paragraph>{t('meetings.web.register.closed')}</Paragraph>;
  else if (!account)
    body = (
      <>
        <Paragraph>{t('meetings.web.register.signInText')}</Paragraph>
        <Paragraph>
          <DsLink asChild>
            <Link to={signInHref(location.pathname)}>{t('meetings.web.register.signIn')}</Link>
          </DsLink>
        </Paragraph>
      </>
    );
  else body = <RegisterForm meeting={meeting} account={account} onDone={announce} />;

  return (
    <section aria-labelledby="registration-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="sm" id="registration-heading">
        {t('meetings.web.register.heading')}
      </Heading>
      {meeting.registrationDeadline && stage !== 'closed' ? (
        <Paragraph>
          {t('meetings.web.register.deadline', { date: formatDayAndTime(meeting.registrationDeadline, locale) })}
        </Paragraph>
      ) : null}
      <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
        <FormStatus success={done} />
      </div>
      {body}
    </section>
  );
}
