import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataTable, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { RegistrationSetupForm } from './RegistrationSetupForm.tsx';

type Workshop = AdminRouterOutputs['conference']['signups'][number];
type Person = Workshop['confirmed'][number] & { place?: number };

/**
 * /konferanse/:editionId/pameldinger (docs/adr/0023): per session with places, its capacity,
 * who has a place and the waiting list in order, with moves between them; and the
 * conference's own registration (a meeting of the meetings module).
 */
export function SignupsPage() {
  const { editionId = '' } = useParams();
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.conference.signups.queryOptions({ editionId }), staleTime: 0 });
  return (
    <Page title={t('conference.admin.signups.title')}>
      <RegistrationSetupForm editionId={editionId} />
      <Section title={t('conference.admin.signups.workshops')}>
        <Paragraph>{t('conference.admin.signups.workshopsIntro')}</Paragraph>
        {list.isSuccess && list.data.length === 0 ? <Paragraph>{t('conference.admin.signups.none')}</Paragraph> : null}
        {list.data?.map((workshop) => (
          <WorkshopSignups key={workshop.id} editionId={editionId} workshop={workshop} />
        ))}
      </Section>
    </Page>
  );
}

function WorkshopSignups({ editionId, workshop }: { editionId: string; workshop: Workshop }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.conference.signups.queryFilter({ editionId }));
  const capacity = useMutation(
    trpc.conference.setSignupCapacity.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setStatus(t('conference.admin.signups.capacitySaved'));
      },
      onError: () => setStatus(null),
    }),
  );
  const move = useMutation(
    trpc.conference.moveSignup.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setStatus(t('conference.admin.signups.moved'));
      },
      onError: () => setStatus(null),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('capacity') ?? '').trim();
    capacity.mutate({ sessionId: workshop.id, capacity: value ? Number(value) : null });
  };
  const arrived = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  });
  const columns = (to: 'confirmed' | 'waiting') => [
    ...(to === 'confirmed'
      ? [
          {
            id: 'place',
            header: t('conference.admin.signups.column.place'),
            className: 'kp-num',
            cell: (p: Person) => String(p.place ?? ''),
          },
        ]
      : []),
    {
      id: 'name',
      header: t('conference.admin.signups.column.name'),
      rowHeader: true,
      cell: (p: Person) => p.user.name,
    },
    { id: 'email', header: t('conference.admin.signups.column.email'), cell: (p: Person) => p.user.email },
    {
      id: 'arrived',
      header: t('conference.admin.signups.column.arrived'),
      cell: (p: Person) => arrived.format(new Date(p.arrivedAt)),
    },
    {
      id: 'move',
      header: t('conference.admin.signups.column.action'),
      cell: (p: Person) => (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          loading={move.isPending && move.variables?.signupId === p.id}
          onClick={() => move.mutate({ signupId: p.id, to })}
        >
          {t(to === 'waiting' ? 'conference.admin.signups.toWaiting' : 'conference.admin.signups.toConfirmed', {
            name: p.user.name,
          })}
        </Button>
      ),
    },
  ];
  return (
    <Section title={`${workshop.number}. ${workshop.title}`} level={3}>
      <Paragraph>
        {t('conference.admin.signups.summary', {
          confirmed: workshop.confirmed.length,
          left: workshop.seatsLeft ?? '–',
          waiting: workshop.waiting.length,
        })}
      </Paragraph>
      <form onSubmit={submit} noValidate className="kp-form">
        <TextField
          name="capacity"
          id={`capacity-${workshop.id}`}
          type="number"
          min={1}
          inputMode="numeric"
          label={t('conference.admin.signups.capacity')}
          defaultValue={workshop.capacity ?? ''}
        />
        <div>
          <Button type="submit" variant="secondary" loading={capacity.isPending}>
            {t('conference.admin.signups.saveCapacity')}
          </Button>
        </div>
      </form>
      <StatusMessage message={status} />
      <FormErrors error={capacity.error ?? move.error} />
      <DataTable
        caption={`${t('conference.admin.signups.confirmed')}: ${workshop.title}`}
        rows={workshop.confirmed}
        rowKey={(p) => p.id}
        columns={columns('waiting')}
        empty={t('conference.admin.signups.empty')}
      />
      <DataTable
        caption={`${t('conference.admin.signups.waiting')}: ${workshop.title}`}
        rows={workshop.waiting}
        rowKey={(p) => p.id}
        columns={columns('confirmed')}
        empty={t('conference.admin.signups.empty')}
      />
    </Section>
  );
}
