import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { SESSION_KINDS, type SessionKind } from '@knutepunkt/domain';
import { ConfirmDialog, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';
import { ItemActions } from './ItemActions.tsx';
import { useEditionList } from './use-edition-list.ts';

type SessionType = EditionForEditing['sessionTypes'][number];

/** The session types (plenary, parallel, workshop, poster, break) the sessions are given, in their order. */
export function SessionTypes({
  edition,
  onStatus,
}: {
  edition: EditionForEditing;
  onStatus: (s: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const reorder = useMutation(trpc.conference.editing.reorderSessionTypes.mutationOptions());
  const list = useEditionList({
    editionId: edition.id,
    prefix: 'type',
    items: edition.sessionTypes,
    reorder,
    orderInput: (sessionTypeIds) => ({ editionId: edition.id, sessionTypeIds }),
    onStatus: onStatus,
  });
  const { editing, deleting, setDeleting, refresh, closeEditor } = list;
  const remove = useMutation(
    trpc.conference.editing.deleteSessionType.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(null);
        onStatus(t('conference.admin.types.deleted'));
      },
    }),
  );

  return (
    <Section title={t('conference.admin.types.title')} headingRef={list.heading}>
      <FormErrors error={reorder.error} />
      {edition.sessionTypes.length === 0 ? <Paragraph>{t('conference.admin.types.none')}</Paragraph> : null}
      <ol className="kp-stack">
        {edition.sessionTypes.map((type, i) => (
          <li key={type.id} className="kp-stack">
            <span>
              <strong>{type.name}</strong> ({t(`conference.kind.${type.kind}`)})
            </span>
            <ItemActions
              prefix="type"
              item={type}
              index={i}
              count={list.ids.length}
              pending={reorder.isPending}
              expanded={editing === type.id}
              onMove={(by) => list.move(type, i, by)}
              onEdit={() => list.startEditing(type)}
              onDelete={() => setDeleting(type)}
            />
            {editing === type.id ? (
              <TypeForm
                editionId={edition.id}
                type={type}
                onSaved={async () => {
                  await refresh();
                  onStatus(t('conference.admin.types.saved'));
                  closeEditor(type);
                }}
                onCancel={() => closeEditor(type)}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <Section title={t('conference.admin.types.add')} level={3}>
        <TypeForm
          editionId={edition.id}
          type={null}
          onSaved={async () => {
            await refresh();
            onStatus(t('conference.admin.types.added'));
          }}
        />
      </Section>
      {deleting ? (
        <ConfirmDialog
          title={t('conference.admin.types.deleteTitle', { name: deleting.name })}
          confirmLabel={t('conference.admin.delete', { name: deleting.name })}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ sessionTypeId: deleting.id })}
          onCancel={() => setDeleting(null)}
          fallbackFocus={() => list.heading.current}
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.types.deleteInUse', { n: formatNumber(locale, deleting.sessions) })
              : t('conference.admin.tracks.deleteUnused')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function TypeForm({
  editionId,
  type,
  onSaved,
  onCancel,
}: {
  editionId: string;
  type: SessionType | null;
  onSaved: () => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [name, setName] = useState(type?.name ?? '');
  const [kind, setKind] = useState<SessionKind>(type?.kind ?? 'parallel');
  const create = useMutation(
    trpc.conference.editing.createSessionType.mutationOptions({
      onSuccess: async () => {
        setName('');
        await onSaved();
      },
    }),
  );
  const update = useMutation(trpc.conference.editing.updateSessionType.mutationOptions({ onSuccess: onSaved }));
  const mutation = type ? update : create;
  const fieldErrors = mutation.error ? describeError(mutation.error, t).fieldErrors : {};
  const prefix = type ? `type-${type.id}` : 'type-new';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (type) update.mutate({ sessionTypeId: type.id, name, kind });
    else create.mutate({ editionId, name, kind });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="kp-stack"
      aria-label={type ? t('conference.admin.edit', { name: type.name }) : t('conference.admin.types.add')}
    >
      <FormErrors error={mutation.error} idFor={(f) => `${prefix}-${f}`} />
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={t('conference.admin.types.field.name')}
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldErrors.name}
      />
      <SelectField
        id={`${prefix}-kind`}
        name="kind"
        label={t('conference.admin.types.field.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as SessionKind)}
        options={SESSION_KINDS.map((k) => ({ value: k, label: t(`conference.kind.${k}`) }))}
        error={fieldErrors.kind}
      />
      <div className="kp-row-actions">
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {type ? t('conference.admin.saveNamed', { name: type.name }) : t('conference.admin.types.add')}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('conference.admin.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
