import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { CheckboxField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';

export type Room = EditionForEditing['rooms'][number];
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
export const ROOM_FLAGS = ['hearingLoop', 'stepFree', 'interpreted'] as const;

/** A new room (`room` null) or one being edited in place, which may be left with "Avbryt". */
export function RoomForm({
  editionId,
  room,
  onSaved,
  onCancel,
}: {
  editionId: string;
  room: Room | null;
  onSaved: () => Promise<void>;
  onCancel?: () => void;
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
    if (mutation.isPending) return;
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
    <form
      onSubmit={submit}
      noValidate
      className="kp-stack"
      aria-label={room ? t('conference.admin.edit', { name: room.name }) : t('conference.admin.rooms.add')}
    >
      <FormErrors error={mutation.error} idFor={(f) => `${prefix}-${f}`} />
      {text('name')}
      {text('capacity', 'number')}
      {text('floor')}
      <Fieldset>
        <Fieldset.Legend>{t('conference.admin.rooms.accessibility')}</Fieldset.Legend>
        {ROOM_FLAGS.map((flag) => (
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
      <div className="kp-row-actions">
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {room ? t('conference.admin.saveNamed', { name: room.name }) : t('conference.admin.rooms.add')}
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
