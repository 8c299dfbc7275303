import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { ACTION_POINT_LIMITS } from '@knutepunkt/domain';
import { CheckboxField, ConfirmDialog, DataTable, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useTRPC } from '../../trpc.ts';
import type { MinutesData } from './MinutesPage.tsx';

type Point = MinutesData['actionPoints'][number];

/** What, which of the network's organisations, by when: for a new action point or an edited one. */
function ActionPointForm({
  data,
  point,
  onSaved,
  onCancel,
}: {
  data: MinutesData;
  point?: Point;
  onSaved: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const create = useMutation(trpc.meetings.actionPoints.create.mutationOptions());
  const update = useMutation(trpc.meetings.actionPoints.update.mutationOptions());
  const mutation = point ? update : create;
  const prefix = point ? `ap-${point.id}` : 'ap-new';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const fields = {
      what: String(form.get('what') ?? ''),
      organisationIds: form.getAll('organisationIds').map(String),
      dueDate: String(form.get('dueDate') ?? '') || null,
    };
    try {
      if (point) await update.mutateAsync({ actionPointId: point.id, ...fields });
      else await create.mutateAsync({ meetingId: data.meeting.id, ...fields });
      if (!point) formElement.reset();
      await onSaved();
    } catch {
      // Shown by FormErrors at the fields.
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="kp-stack" noValidate>
      <FormErrors error={mutation.error} idFor={(field) => `${prefix}-${field}`} />
      <TextField
        id={`${prefix}-what`}
        name="what"
        label={t('meetings.actionPoints.what')}
        maxLength={ACTION_POINT_LIMITS.what}
        defaultValue={point?.what ?? ''}
        required
      />
      <Fieldset id={`${prefix}-organisationIds`}>
        <Fieldset.Legend>{t('meetings.admin.actionPoints.organisationsLegend')}</Fieldset.Legend>
        {data.organisations.map((o) => (
          <CheckboxField
            key={o.id}
            id={`${prefix}-org-${o.id}`}
            name="organisationIds"
            value={o.id}
            label={o.name}
            defaultChecked={point?.organisations.some((p) => p.id === o.id) ?? false}
          />
        ))}
      </Fieldset>
      <TextField
        id={`${prefix}-dueDate`}
        name="dueDate"
        type="date"
        label={t('meetings.actionPoints.dueDate')}
        defaultValue={point?.dueDate ?? ''}
      />
      <div className="kp-actions">
        <Button type="submit" loading={mutation.isPending}>
          {point ? t('meetings.admin.actionPoints.save') : t('meetings.admin.actionPoints.add')}
        </Button>
        {onCancel ? (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('meetings.admin.actionPoints.cancelEdit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The meeting's action points with their latest status, edit and delete, and a form for a new one. */
export function MinutesActionPoints({ data, onChange }: { data: MinutesData; onChange: () => Promise<unknown> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Point | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const remove = useMutation(trpc.meetings.actionPoints.delete.mutationOptions());

  return (
    <Section title={t('meetings.actionPoints.heading')}>
      <StatusMessage message={status} />
      <FormErrors error={remove.error} />
      {data.actionPoints.length === 0 ? (
        <Paragraph>{t('meetings.actionPoints.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('meetings.actionPoints.heading')}
          rows={data.actionPoints}
          rowKey={(p) => p.id}
          columns={[
            { id: 'what', rowHeader: true, header: t('meetings.actionPoints.what'), cell: (p) => p.what },
            {
              id: 'organisations',
              header: t('meetings.actionPoints.organisations'),
              cell: (p) => p.organisations.map((o) => o.name).join(', '),
            },
            { id: 'dueDate', header: t('meetings.actionPoints.dueDate'), cell: (p) => p.dueDate ?? '–' },
            {
              id: 'status',
              header: t('meetings.actionPoints.status'),
              cell: (p) =>
                `${t(`meetings.actionPoints.status.${p.status}`)}${p.latestComment ? ` – ${p.latestComment}` : ''}`,
            },
            {
              id: 'actions',
              header: t('meetings.admin.actionPoints.edit'),
              cell: (p) => (
                <div className="kp-actions">
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => setEditing(p.id)}>
                    {t('meetings.admin.actionPoints.edit')}
                  </Button>
                  <Button type="button" variant="tertiary" data-size="sm" onClick={() => setRemoving(p)}>
                    {t('meetings.admin.actionPoints.remove')}
                  </Button>
                </div>
              ),
            },
          ]}
        />
      )}
      {data.actionPoints
        .filter((p) => p.id === editing)
        .map((p) => (
          <ActionPointForm
            key={p.id}
            data={data}
            point={p}
            onSaved={async () => {
              setEditing(null);
              await onChange();
            }}
            onCancel={() => setEditing(null)}
          />
        ))}
      <ActionPointForm
        data={data}
        onSaved={async () => {
          setStatus(t('meetings.admin.actionPoints.added'));
          await onChange();
        }}
      />
      {removing ? (
        <ConfirmDialog
          title={t('meetings.admin.actionPoints.remove')}
          confirmLabel={t('meetings.admin.actionPoints.remove')}
          danger
          pending={remove.isPending}
          onConfirm={() =>
            void remove
              .mutateAsync({ actionPointId: removing.id })
              .catch(() => undefined)
              .then(async () => {
                setRemoving(null);
                await onChange();
              })
          }
          onCancel={() => setRemoving(null)}
        >
          {t('meetings.admin.actionPoints.removeConfirm', { what: removing.what })}
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
