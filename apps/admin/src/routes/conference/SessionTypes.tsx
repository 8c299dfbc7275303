import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { SESSION_KINDS, type SessionKind } from '@knutepunkt/domain';
import { ConfirmDialog, SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';

type SessionType = EditionForEditing['sessionTypes'][number];

/** The session types (plenary, parallel, workshop, poster, break) the sessions are given. */
export function SessionTypes({ edition, onStatus }: { edition: EditionForEditing; onStatus: (s: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<SessionType | null>(null);
  const done = (message: string) => async () => {
    await queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
    onStatus(message);
    setDeleting(null);
  };
  const remove = useMutation(
    trpc.conference.editing.deleteSessionType.mutationOptions({ onSuccess: done(t('conference.admin.types.deleted')) }),
  );
  return (
    <Section title={t('conference.admin.types.title')}>
      {edition.sessionTypes.length === 0 ? <Paragraph>{t('conference.admin.types.none')}</Paragraph> : null}
      <ul className="kp-stack">
        {edition.sessionTypes.map((type) => (
          <li key={type.id} className="kp-stack">
            <TypeForm editionId={edition.id} type={type} onSaved={done(t('conference.admin.types.saved'))} />
            <div>
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => setDeleting(type)}>
                {t('conference.admin.delete', { name: type.name })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Section title={t('conference.admin.types.add')} level={3}>
        <TypeForm editionId={edition.id} type={null} onSaved={done(t('conference.admin.types.added'))} />
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
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.types.deleteInUse', { n: deleting.sessions })
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
}: {
  editionId: string;
  type: SessionType | null;
  onSaved: () => Promise<void>;
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
    if (type) update.mutate({ sessionTypeId: type.id, name, kind });
    else create.mutate({ editionId, name, kind });
  };
  return (
    <form onSubmit={submit} noValidate className="kp-stack">
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
      />
      <div>
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {type ? t('conference.admin.save') : t('conference.admin.types.add')}
        </Button>
      </div>
    </form>
  );
}
