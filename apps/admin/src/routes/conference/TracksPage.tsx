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
import { SessionTypes } from './SessionTypes.tsx';
import { TrackForm } from './TrackForm.tsx';
import type { EditionForEditing } from './edition-values.ts';
import { ItemActions } from './ItemActions.tsx';
import { useEditionList } from './use-edition-list.ts';

/** /konferanse/:editionId/spor: tracks with a colour that passes the contrast rule, and the session types. */
export function TracksPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const edition = useQuery(trpc.conference.editing.edition.queryOptions({ editionId }));
  return <QueryView query={edition}>{(data) => <TracksView edition={data} />}</QueryView>;
}

function TracksView({ edition }: { edition: EditionForEditing }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [status, setStatus] = useState<string | null>(null);
  const reorder = useMutation(trpc.conference.editing.reorderTracks.mutationOptions());
  const list = useEditionList({
    editionId: edition.id,
    prefix: 'track',
    items: edition.tracks,
    reorder,
    orderInput: (trackIds) => ({ editionId: edition.id, trackIds }),
    onStatus: setStatus,
  });
  const { editing, deleting, setDeleting, refresh, closeEditor } = list;
  const remove = useMutation(
    trpc.conference.editing.deleteTrack.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(null);
        setStatus(t('conference.admin.tracks.deleted'));
      },
    }),
  );

  return (
    <Page
      title={t('conference.admin.tracks.title', { edition: edition.title })}
      lead={<BackToEdition edition={edition} />}
    >
      <StatusMessage message={status} />
      <Section title={t('conference.admin.tracks.tracks')} headingRef={list.heading}>
        <FormErrors error={reorder.error} />
        {edition.tracks.length === 0 ? <Paragraph>{t('conference.admin.tracks.none')}</Paragraph> : null}
        <ol className="kp-stack">
          {edition.tracks.map((track, i) => (
            <li key={track.id} className="kp-stack">
              <span>
                {/* White on the colour: the contrast rule guarantees it can be read. */}
                <span style={{ background: track.colour, color: '#fff', padding: '0 0.5em' }}>{track.name}</span>{' '}
                {track.colour}
              </span>
              <ItemActions
                prefix="track"
                item={track}
                index={i}
                count={list.ids.length}
                pending={reorder.isPending}
                expanded={editing === track.id}
                onMove={(by) => list.move(track, i, by)}
                onEdit={() => list.startEditing(track)}
                onDelete={() => setDeleting(track)}
              />
              {editing === track.id ? (
                <TrackForm
                  editionId={edition.id}
                  track={track}
                  onSaved={async () => {
                    await refresh();
                    setStatus(t('conference.admin.tracks.saved'));
                    closeEditor(track);
                  }}
                  onCancel={() => closeEditor(track)}
                />
              ) : null}
            </li>
          ))}
        </ol>
        <Section title={t('conference.admin.tracks.add')} level={3}>
          <TrackForm
            editionId={edition.id}
            track={null}
            onSaved={async () => {
              await refresh();
              setStatus(t('conference.admin.tracks.added'));
            }}
          />
        </Section>
      </Section>
      <SessionTypes edition={edition} onStatus={setStatus} />
      {deleting ? (
        <ConfirmDialog
          title={t('conference.admin.tracks.deleteTitle', { name: deleting.name })}
          confirmLabel={t('conference.admin.delete', { name: deleting.name })}
          danger
          pending={remove.isPending}
          error={remove.error ? describeError(remove.error, t).message : null}
          onConfirm={() => remove.mutate({ trackId: deleting.id })}
          onCancel={() => setDeleting(null)}
          fallbackFocus={() => list.heading.current}
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.tracks.deleteInUse', { n: formatNumber(locale, deleting.sessions) })
              : t('conference.admin.tracks.deleteUnused')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
