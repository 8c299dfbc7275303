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
import { SessionTypes } from './SessionTypes.tsx';
import { type Track, TrackForm } from './TrackForm.tsx';
import type { EditionForEditing } from './edition-values.ts';
import { planMove, useListFocus } from './use-list-focus.ts';

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
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Track | null>(null);
  const focus = useListFocus();
  const heading = useRef<HTMLHeadingElement>(null);
  const refresh = () =>
    queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
  const reorder = useMutation(trpc.conference.editing.reorderTracks.mutationOptions());
  const remove = useMutation(
    trpc.conference.editing.deleteTrack.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setDeleting(null);
        setStatus(t('conference.admin.tracks.deleted'));
      },
    }),
  );
  const ids = edition.tracks.map((track) => track.id);
  const move = (track: Track, index: number, by: -1 | 1) => {
    const plan = planMove('track', ids, index, by);
    setStatus(null);
    reorder.mutate(
      { editionId: edition.id, trackIds: plan.ids },
      {
        onSuccess: async () => {
          await refresh();
          setStatus(t('conference.admin.movedTo', { name: track.name, n: formatNumber(locale, plan.place) }));
          focus(plan.focus);
        },
      },
    );
  };
  const closeEditor = (track: Track) => {
    setEditing(null);
    focus(`track-${track.id}-edit`);
  };

  return (
    <Page
      title={t('conference.admin.tracks.title', { edition: edition.title })}
      lead={<BackToEdition edition={edition} />}
    >
      <StatusMessage message={status} />
      <Section title={t('conference.admin.tracks.tracks')} headingRef={heading}>
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
              <div className="kp-row-actions">
                <MoveButtons
                  idPrefix="track"
                  id={track.id}
                  name={track.name}
                  index={i}
                  count={ids.length}
                  pending={reorder.isPending}
                  onMove={(by) => move(track, i, by)}
                />
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  id={`track-${track.id}-edit`}
                  aria-expanded={editing === track.id}
                  onClick={() => {
                    setEditing(track.id);
                    focus(`track-${track.id}-name`);
                  }}
                >
                  {t('conference.admin.edit', { name: track.name })}
                </Button>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  onClick={() => setDeleting(track)}
                >
                  {t('conference.admin.delete', { name: track.name })}
                </Button>
              </div>
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
          fallbackFocus={() => heading.current}
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
