import { useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { meetingRegisterInput } from '@knutepunkt/domain';
import {
  CheckboxField,
  ConfirmDialog,
  Loading,
  RadioField,
  SelectField,
  TextField,
  fieldId,
  useI18n,
} from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { signInHref } from '../../components/next.ts';
import { useAccountQuery } from '../../components/use-account.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { optional, text } from '../../components/validate.ts';
import { type Account, type Outputs, useTRPC } from '../../trpc.ts';
import { formatDayAndTime } from '../practice/format.ts';

type Meeting = Outputs['meetings']['bySlug'];

const FIELDS = [
  'organisationId',
  'attendance',
  'dietary',
  'wheelchair',
  'signLanguage',
  'writtenInterpretation',
  'hearingLoop',
  'otherAccessNeeds',
  'travelSupport',
  'listConsent',
] as const;

const ACCESS_NEEDS = ['wheelchair', 'signLanguage', 'writtenInterpretation', 'hearingLoop'] as const;

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
  const fixedAttendance = meeting.mode === 'online' ? 'online' : meeting.mode === 'in_person' ? 'in_person' : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      organisationId: optional(form.get('organisationId')),
      attendance: fixedAttendance ?? text(form.get('attendance')),
      dietary: optional(form.get('dietary')),
      wheelchair: form.get('wheelchair') === 'on',
      signLanguage: form.get('signLanguage') === 'on',
      writtenInterpretation: form.get('writtenInterpretation') === 'on',
      hearingLoop: form.get('hearingLoop') === 'on',
      otherAccessNeeds: optional(form.get('otherAccessNeeds')),
      travelSupport: form.get('travelSupport') === 'on',
      listConsent: form.get('listConsent') === 'on',
    };
    if (check(input)) register.mutate({ meetingId: meeting.id, ...meetingRegisterInput.parse(input) });
  };

  return (
    <CheckedForm
      onSubmit={onSubmit}
      errors={errors}
      failure={failure}
      submitLabel={t('meetings.web.register.submit')}
      pending={register.isPending}
      intro={
        meeting.openTo === 'network_members' ? <Paragraph>{t('meetings.web.register.membersOnly')}</Paragraph> : null
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
      {fixedAttendance ? null : (
        <Fieldset className="kp-checkbox-group">
          <Fieldset.Legend>{t('meetings.web.register.attendance')}</Fieldset.Legend>
          <RadioField
            id={fieldId('attendance')}
            name="attendance"
            value="in_person"
            label={t('meetings.web.register.inPerson')}
            defaultChecked
          />
          <RadioField
            id="pamelding-attendance-online"
            name="attendance"
            value="online"
            label={t('meetings.web.register.online')}
            error={errorFor('attendance')}
          />
        </Fieldset>
      )}
      <TextField
        name="dietary"
        label={t('meetings.web.register.dietary')}
        maxLength={500}
        error={errorFor('dietary')}
      />
      <Fieldset className="kp-checkbox-group">
        <Fieldset.Legend>{t('meetings.web.register.access')}</Fieldset.Legend>
        {ACCESS_NEEDS.map((need) => (
          <CheckboxField key={need} name={need} label={t(`meetings.web.register.${need}`)} error={errorFor(need)} />
        ))}
      </Fieldset>
      <TextField
        name="otherAccessNeeds"
        label={t('meetings.web.register.otherAccessNeeds')}
        maxLength={500}
        error={errorFor('otherAccessNeeds')}
      />
      <CheckboxField
        name="travelSupport"
        label={t('meetings.web.register.travelSupport')}
        error={errorFor('travelSupport')}
      />
      <CheckboxField
        name="listConsent"
        label={t('meetings.web.register.listConsent')}
        error={errorFor('listConsent')}
      />
      <Paragraph data-size="sm">{t('meetings.web.register.privacy')}</Paragraph>
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
