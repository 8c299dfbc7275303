import { useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { BackToEdition } from './BackToEdition.tsx';
import { MoveButtons } from './MoveButtons.tsx';
import { ROOM_FLAGS, type Room, RoomForm } from './RoomForm.tsx';
import type { EditionForEditing } from './edition-values.ts';
import { planMove, useListFocus } from './use-list-focus.ts';

/** /konferanse/:editionId/rom: the rooms in the grid's order, their capacity and accessibility. */
export function RoomsPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const edition = useQuery(trpc.conference.editing.edition.queryOptions({ editionId }));
  return <QueryView query={edition}>{(data) => <RoomsView edition={data} />}</QueryView>;
}

function RoomsView({ edition }: { edition: EditionForEditing }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Room | null>(null);
  const focus = useListFocus();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const refresh = () =>
    queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
  const reorder = useMutation(trpc.conference.editing.reorderRooms.mutationOptions());
  const remove = useMutation(
    trpc.conference.editing.deleteRoom.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(null);
        setStatus(t('conference.admin.rooms.deleted'));
      },
    }),
  );
  const ids = edition.rooms.map((r) => r.id);
  const move = (room: Room, index: number, by: -1 | 1) => {
    const plan = planMove('room', ids, index, by);
    setStatus(null);
    reorder.mutate(
      { editionId: edition.id, roomIds: plan.ids },
      {
        onSuccess: async () => {
          await refresh();
          setStatus(t('conference.admin.movedTo', { name: room.name, n: formatNumber(locale, plan.place) }));
          focus(plan.focus);
        },
      },
    );
  };
  // Leaving the edit form, saved or not: back to the button that opened it.
  const closeEditor = (room: Room) => {
    setEditing(null);
    focus(`room-${room.id}-edit`);
  };

  return (
    <Page
      title={t('conference.admin.rooms.title', { edition: edition.title })}
      lead={<BackToEdition edition={edition} />}
    >
      <StatusMessage message={status} />
      <Section title={t('conference.admin.rooms.list')} headingRef={listHeading}>
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
                    : t('conference.admin.rooms.capacityOf', { n: formatNumber(locale, room.capacity) }),
                  room.floor ? t('conference.admin.rooms.floorOf', { floor: room.floor }) : null,
                  ...ROOM_FLAGS.filter((f) => room[f]).map((f) => t(`conference.admin.rooms.field.${f}`)),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <div className="kp-row-actions">
                <MoveButtons
                  idPrefix="room"
                  id={room.id}
                  name={room.name}
                  index={i}
                  count={ids.length}
                  pending={reorder.isPending}
                  onMove={(by) => move(room, i, by)}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  id={`room-${room.id}-edit`}
                  aria-expanded={editing === room.id}
                  onClick={() => {
                    setEditing(room.id);
                    focus(`room-${room.id}-name`);
                  }}
                >
                  {t('conference.admin.edit', { name: room.name })}
                </Button>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  onClick={() => setDeleting(room)}
                >
                  {t('conference.admin.delete', { name: room.name })}
                </Button>
              </div>
              {editing === room.id ? (
                <RoomForm
                  editionId={edition.id}
                  room={room}
                  onSaved={async () => {
                    await refresh();
                    setStatus(t('conference.admin.rooms.saved'));
                    closeEditor(room);
                  }}
                  onCancel={() => closeEditor(room)}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('conference.admin.rooms.add')}>
        <RoomForm
          editionId={edition.id}
          room={null}
          onSaved={async () => {
            await refresh();
            setStatus(t('conference.admin.rooms.added'));
          }}
        />
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
          fallbackFocus={() => listHeading.current}
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.rooms.deleteInUse', { n: formatNumber(locale, deleting.sessions) })
              : t('conference.admin.rooms.deleteUnused')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
