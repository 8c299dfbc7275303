import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { meetingPaths, pathTo } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import { DataTable, QueryView, useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import { SensitiveRetentionNote } from './SensitiveRetentionNote.tsx';

type Meeting = AdminRouterOutputs['meetings']['get'];
type Registration = AdminRouterOutputs['meetings']['registrations'][number];

/** /moter/:meetingId/pameldinger: who has a seat, who waits (in order), and what they need. Every view is logged. */
export function RegistrationsPage() {
  const { meetingId = '' } = useParams();
  const trpc = useTRPC();
  const meeting = useQuery(trpc.meetings.get.queryOptions({ meetingId }));
  return <QueryView query={meeting}>{(data) => <Registrations meeting={data} />}</QueryView>;
}

function Needs({ registration }: { registration: Registration }) {
  const { t } = useI18n();
  const needs = registration.needs;
  const lines = needs
    ? [
        needs.dietary ? t('meetings.admin.registrations.dietary', { text: needs.dietary }) : null,
        needs.wheelchair ? t('meetings.admin.registrations.wheelchair') : null,
        needs.signLanguage ? t('meetings.admin.registrations.signLanguage') : null,
        needs.writtenInterpretation ? t('meetings.admin.registrations.writtenInterpretation') : null,
        needs.hearingLoop ? t('meetings.admin.registrations.hearingLoop') : null,
        needs.otherAccessNeeds
          ? t('meetings.admin.registrations.otherAccessNeeds', { text: needs.otherAccessNeeds })
          : null,
        needs.travelSupport ? t('meetings.admin.registrations.travelSupport') : null,
      ].filter((line): line is string => line !== null)
    : [];
  if (lines.length === 0) return <span className="kp-muted">{t('meetings.admin.registrations.noNeeds')}</span>;
  return (
    <ul className="kp-plain-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Registrations({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.meetings.registrations.queryOptions({ meetingId: meeting.id }), staleTime: 0 });
  const [status, setStatus] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const move = useMutation(
    trpc.meetings.moveRegistration.mutationOptions({
      onSuccess: async (_result, input) => {
        const person = list.data?.find((r) => r.id === input.registrationId)?.user.name ?? '';
        await queryClient.invalidateQueries(trpc.meetings.registrations.queryFilter({ meetingId: meeting.id }));
        await queryClient.invalidateQueries(trpc.meetings.get.queryFilter({ meetingId: meeting.id }));
        setStatus(
          t(
            input.to === 'waiting'
              ? 'meetings.admin.registrations.movedToWaiting'
              : 'meetings.admin.registrations.movedToConfirmed',
            { name: person },
          ),
        );
      },
      onError: () => setStatus(null),
    }),
  );
  const rows = list.data?.filter((r) => r.status !== 'cancelled');
  const confirmed = rows?.filter((r) => r.status === 'confirmed');
  const waiting = rows?.filter((r) => r.status === 'waiting');
  const canMove = meeting.status === 'published';

  const columns = (to: 'confirmed' | 'waiting') => [
    ...(to === 'confirmed'
      ? [
          {
            id: 'place',
            header: t('meetings.admin.registrations.place'),
            className: 'kp-num',
            cell: (r: Registration) => String(r.waitingPlace ?? ''),
          },
        ]
      : []),
    {
      id: 'person',
      header: t('meetings.admin.registrations.person'),
      rowHeader: true,
      cell: (r: Registration) => (
        <>
          {r.user.name}
          <br />
          <span className="kp-muted">{r.user.email}</span>
        </>
      ),
    },
    {
      id: 'organisation',
      header: t('meetings.admin.registrations.organisation'),
      cell: (r: Registration) => r.organisation?.name ?? t('meetings.admin.registrations.noOrganisation'),
    },
    {
      id: 'attendance',
      header: t('meetings.admin.registrations.attendance'),
      cell: (r: Registration) => t(`meetings.attendance.${r.attendance}`),
    },
    {
      id: 'needs',
      header: t('meetings.admin.registrations.needs'),
      cell: (r: Registration) => <Needs registration={r} />,
    },
    ...(canMove
      ? [
          {
            id: 'move',
            header: t('meetings.admin.registrations.move'),
            cell: (r: Registration) => (
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                loading={move.isPending && move.variables?.registrationId === r.id}
                onClick={() => {
                  setStatus(null);
                  move.mutate({ registrationId: r.id, to });
                }}
              >
                {t(
                  to === 'waiting'
                    ? 'meetings.admin.registrations.toWaiting'
                    : 'meetings.admin.registrations.toConfirmed',
                  { name: r.user.name },
                )}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('meetings.admin.registrations.title', { title: meeting.title })}
      lead={
        <>
          <Alert data-color="info" data-size="sm">
            <Paragraph>{t('meetings.admin.registrations.sensitive')}</Paragraph>
            <SensitiveRetentionNote meeting={meeting} />
          </Alert>
          <Paragraph>
            <AppLink to={pathTo(meetingPaths.admin.meeting, { meetingId: meeting.id })}>
              {t('meetings.admin.registrations.back')}
            </AppLink>
          </Paragraph>
        </>
      }
    >
      <StatusMessage message={status} />
      <div ref={errorRef}>
        <FormErrors error={move.error} />
      </div>
      <Section title={t('meetings.admin.registrations.confirmed')}>
        <DataTable
          caption={t('meetings.admin.registrations.confirmed')}
          query={list}
          rows={confirmed}
          rowKey={(r) => r.id}
          columns={columns('waiting')}
          empty={t('meetings.admin.registrations.noneConfirmed')}
          errorHeadingLevel={3}
        />
      </Section>
      <Section title={t('meetings.admin.registrations.waiting')}>
        <DataTable
          caption={t('meetings.admin.registrations.waiting')}
          query={list}
          rows={waiting}
          rowKey={(r) => r.id}
          columns={columns('confirmed')}
          empty={t('meetings.admin.registrations.noneWaiting')}
          errorHeadingLevel={3}
        />
      </Section>
    </Page>
  );
}
