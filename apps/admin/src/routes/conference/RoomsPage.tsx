import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { formatNumber } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { BackToEdition } from './BackToEdition.tsx';
import { ROOM_FLAGS, RoomForm } from './RoomForm.tsx';
import type { EditionForEditing } from './edition-values.ts';
import { ItemActions } from './ItemActions.tsx';
import { useEditionList } from './use-edition-list.ts';

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
  const [status, setStatus] = useState<string | null>(null);
  const reorder = useMutation(trpc.conference.editing.reorderRooms.mutationOptions());
  const list = useEditionList({
    editionId: edition.id,
    prefix: 'room',
    items: edition.rooms,
    reorder,
    orderInput: (roomIds) => ({ editionId: edition.id, roomIds }),
    onStatus: setStatus,
  });
  const { editing, deleting, setDeleting, refresh, closeEditor } = list;
  const remove = useMutation(
    trpc.conference.editing.deleteRoom.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(null);
        setStatus(t('conference.admin.rooms.deleted'));
      },
    }),
  );

  return (
    <Page
      title={t('conference.admin.rooms.title', { edition: edition.title })}
      lead={<BackToEdition edition={edition} />}
    >
      <StatusMessage message={status} />
      <Section title={t('conference.admin.rooms.list')} headingRef={list.heading}>
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
              <ItemActions
                prefix="room"
                item={room}
                index={i}
                count={list.ids.length}
                pending={reorder.isPending}
                expanded={editing === room.id}
                onMove={(by) => list.move(room, i, by)}
                onEdit={() => list.startEditing(room)}
                onDelete={() => setDeleting(room)}
              />
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
          fallbackFocus={() => list.heading.current}
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
