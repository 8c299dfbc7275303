import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type OsloDateTimeInput, meetingPaths, pathTo, utcToOslo } from '@knutepunkt/domain';
import { TextField, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';

const when = (date: string, time: string): OsloDateTimeInput | null => (date && time ? { date, time } : null);

/**
 * The conference's own registration (docs/adr/0023): places, opening and deadline in Oslo time,
 * saved as a published meeting of the meetings module, whose registrations page lists the
 * people, their needs and the waiting list.
 */
export function RegistrationSetupForm({ editionId }: { editionId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.conference.registrationSetup.queryOptions({ editionId }));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.conference.setUpRegistration.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.conference.registrationSetup.queryFilter({ editionId }));
        setSaved(t('conference.admin.registration.saved'));
      },
      onError: () => setSaved(null),
    }),
  );
  const data = current.data;
  const opens = data?.registrationOpensAt ? utcToOslo(new Date(data.registrationOpensAt)) : null;
  const deadline = data?.registrationDeadline ? utcToOslo(new Date(data.registrationDeadline)) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const capacity = text('capacity');
    save.mutate({
      editionId,
      capacity: capacity ? Number(capacity) : null,
      registrationOpensAt: when(text('opensDate'), text('opensTime')),
      registrationDeadline: when(text('deadlineDate'), text('deadlineTime')),
    });
  };

  return (
    <Section title={t('conference.admin.registration.heading')}>
      <Paragraph>{t('conference.admin.registration.intro')}</Paragraph>
      {data ? (
        <Paragraph>
          {t('conference.admin.registration.status', { confirmed: data.confirmed, waiting: data.waiting })}{' '}
          <AppLink to={pathTo(meetingPaths.admin.registrations, { meetingId: data.id })}>
            {t('conference.admin.registration.registrations')}
          </AppLink>
        </Paragraph>
      ) : current.isSuccess ? (
        <Paragraph>{t('conference.admin.registration.notSetUp')}</Paragraph>
      ) : null}
      <StatusMessage message={saved} />
      <FormErrors error={save.error} />
      {current.isPending ? null : (
        <form onSubmit={submit} noValidate className="kp-form" key={data?.id ?? 'new'}>
          <TextField
            name="capacity"
            type="number"
            min={1}
            inputMode="numeric"
            label={t('conference.admin.registration.capacity')}
            defaultValue={data?.capacity ?? ''}
          />
          <TextField
            name="opensDate"
            type="date"
            label={t('conference.admin.registration.opensDate')}
            description={t('conference.admin.registration.pair')}
            defaultValue={opens?.date ?? ''}
          />
          <TextField
            name="opensTime"
            type="time"
            label={t('conference.admin.registration.opensTime')}
            defaultValue={opens?.time ?? ''}
          />
          <TextField
            name="deadlineDate"
            type="date"
            label={t('conference.admin.registration.deadlineDate')}
            description={t('conference.admin.registration.pair')}
            defaultValue={deadline?.date ?? ''}
          />
          <TextField
            name="deadlineTime"
            type="time"
            label={t('conference.admin.registration.deadlineTime')}
            defaultValue={deadline?.time ?? ''}
          />
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('conference.admin.registration.save')}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}
