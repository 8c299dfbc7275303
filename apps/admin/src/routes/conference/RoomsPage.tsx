import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { CheckboxField, ConfirmDialog, QueryView, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';

type Room = EditionForEditing['rooms'][number];
interface RoomValues {
  name: string;
  capacity: string;
  floor: string;
  hearingLoop: boolean;
  stepFree: boolean;
  interpreted: boolean;
  accessibilityNote: string;
}
const EMPTY: RoomValues = {
  name: '',
  capacity: '',
  floor: '',
  hearingLoop: false,
  stepFree: false,
  interpreted: false,
  accessibilityNote: '',
};
const FLAGS = ['hearingLoop', 'stepFree', 'interpreted'] as const;

/** /konferanse/:editionId/rom: the rooms in the grid's order, their capacity and accessibility. */
export function RoomsPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const edition = useQuery(trpc.conference.editing.edition.queryOptions({ editionId }));
  return <QueryView query={edition}>{(data) => <RoomsView edition={data} />}</QueryView>;
}

function RoomsView({ edition }: { edition: EditionForEditing }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Room | null>(null);
  const done = (message: string) => async () => {
    await queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
    setStatus(message);
    setEditing(null);
    setDeleting(null);
  };
  const reorder = useMutation(
    trpc.conference.editing.reorderRooms.mutationOptions({ onSuccess: done(t('conference.admin.rooms.reordered')) }),
  );
  const remove = useMutation(
    trpc.conference.editing.deleteRoom.mutationOptions({ onSuccess: done(t('conference.admin.rooms.deleted')) }),
  );
  const ids = edition.rooms.map((r) => r.id);
  const move = (i: number, by: -1 | 1) => {
    const next = [...ids];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    reorder.mutate({ editionId: edition.id, roomIds: next });
  };

  return (
    <Page title={t('conference.admin.rooms.title', { edition: edition.title })}>
      <StatusMessage message={status} />
      <FormErrors error={reorder.error} />
      {edition.rooms.length === 0 ? <Paragraph>{t('conference.admin.rooms.none')}</Paragraph> : null}
      <ol className="kp-stack">
        {edition.rooms.map((room, i) => (
          <li key={room.id} className="kp-stack">
            <strong>{room.name}</strong>
            <span>
              {[
                room.capacity === null
                  ? t('conference.admin.rooms.noCapacity')
                  : t('conference.admin.rooms.capacityOf', { n: room.capacity }),
                room.floor ? t('conference.admin.rooms.floorOf', { floor: room.floor }) : null,
                ...FLAGS.filter((f) => room[f]).map((f) => t(`conference.admin.rooms.field.${f}`)),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <div className="kp-actions">
              <Button type="button" variant="tertiary" disabled={i === 0} onClick={() => move(i, -1)}>
                {t('conference.admin.moveUp', { name: room.name })}
              </Button>
              <Button type="button" variant="tertiary" disabled={i === ids.length - 1} onClick={() => move(i, 1)}>
                {t('conference.admin.moveDown', { name: room.name })}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setEditing(room.id)}>
                {t('conference.admin.edit', { name: room.name })}
              </Button>
              <Button type="button" variant="tertiary" data-color="danger" onClick={() => setDeleting(room)}>
                {t('conference.admin.delete', { name: room.name })}
              </Button>
            </div>
            {editing === room.id ? (
              <RoomForm editionId={edition.id} room={room} onSaved={done(t('conference.admin.rooms.saved'))} />
            ) : null}
          </li>
        ))}
      </ol>
      <Section title={t('conference.admin.rooms.add')}>
        <RoomForm editionId={edition.id} room={null} onSaved={done(t('conference.admin.rooms.added'))} />
      </Section>
      {deleting ? (
        <ConfirmDialog
          title={t('conference.admin.rooms.deleteTitle', { name: deleting.name })}
          confirmLabel={t('conference.admin.delete', { name: deleting.name })}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ roomId: deleting.id })}
          onCancel={() => setDeleting(null)}
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.rooms.deleteInUse', { n: deleting.sessions })
              : t('conference.admin.rooms.deleteUnused')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}

function RoomForm({
  editionId,
  room,
  onSaved,
}: {
  editionId: string;
  room: Room | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [values, setValues] = useState<RoomValues>(() =>
    room ? { ...room, capacity: room.capacity === null ? '' : String(room.capacity) } : EMPTY,
  );
  const create = useMutation(
    trpc.conference.editing.createRoom.mutationOptions({
      onSuccess: async () => {
        setValues(EMPTY);
        await onSaved();
      },
    }),
  );
  const update = useMutation(trpc.conference.editing.updateRoom.mutationOptions({ onSuccess: onSaved }));
  const mutation = room ? update : create;
  const fieldErrors = mutation.error ? describeError(mutation.error, t).fieldErrors : {};
  const prefix = room ? `room-${room.id}` : 'room-new';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const capacity = values.capacity.trim() === '' ? null : Number(values.capacity);
    const input = { ...values, capacity };
    if (room) update.mutate({ roomId: room.id, ...input });
    else create.mutate({ editionId, ...input });
  };
  const text = (field: 'name' | 'capacity' | 'floor' | 'accessibilityNote', type: 'text' | 'number' = 'text') => (
    <TextField
      id={`${prefix}-${field}`}
      name={field}
      type={type}
      label={t(`conference.admin.rooms.field.${field}`)}
      required={field === 'name'}
      value={values[field]}
      onChange={(event) => setValues((v) => ({ ...v, [field]: event.target.value }))}
      error={fieldErrors[field]}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="kp-stack">
      <FormErrors error={mutation.error} idFor={(f) => `${prefix}-${f}`} />
      {text('name')}
      {text('capacity', 'number')}
      {text('floor')}
      <Fieldset>
        <Fieldset.Legend>{t('conference.admin.rooms.accessibility')}</Fieldset.Legend>
        {FLAGS.map((flag) => (
          <CheckboxField
            key={flag}
            id={`${prefix}-${flag}`}
            name={flag}
            label={t(`conference.admin.rooms.field.${flag}`)}
            checked={values[flag]}
            onChange={(event) => setValues((v) => ({ ...v, [flag]: event.target.checked }))}
          />
        ))}
      </Fieldset>
      {text('accessibilityNote')}
      <div>
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {room ? t('conference.admin.save') : t('conference.admin.rooms.add')}
        </Button>
      </div>
    </form>
  );
}
