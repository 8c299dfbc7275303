import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { checkTrackColour, formatContrast } from '@knutepunkt/domain';
import { ConfirmDialog, QueryView, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';
import { SessionTypes } from './SessionTypes.tsx';

type Track = EditionForEditing['tracks'][number];

/** /konferanse/:editionId/spor: tracks with a colour that passes the contrast rule, and the session types. */
export function TracksPage() {
  const { editionId = '' } = useParams();
  const trpc = useTRPC();
  const edition = useQuery(trpc.conference.editing.edition.queryOptions({ editionId }));
  return <QueryView query={edition}>{(data) => <TracksView edition={data} />}</QueryView>;
}

function TracksView({ edition }: { edition: EditionForEditing }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Track | null>(null);
  const done = (message: string) => async () => {
    await queryClient.invalidateQueries(trpc.conference.editing.edition.queryFilter({ editionId: edition.id }));
    setStatus(message);
    setEditing(null);
    setDeleting(null);
  };
  const remove = useMutation(
    trpc.conference.editing.deleteTrack.mutationOptions({ onSuccess: done(t('conference.admin.tracks.deleted')) }),
  );

  return (
    <Page title={t('conference.admin.tracks.title', { edition: edition.title })}>
      <StatusMessage message={status} />
      <Section title={t('conference.admin.tracks.tracks')}>
        {edition.tracks.length === 0 ? <Paragraph>{t('conference.admin.tracks.none')}</Paragraph> : null}
        <ul className="kp-stack">
          {edition.tracks.map((track) => (
            <li key={track.id} className="kp-stack">
              <span>
                <span
                  className="kp-track-label"
                  style={{ background: track.colour, color: '#fff', padding: '0 0.5em' }}
                >
                  {track.name}
                </span>{' '}
                {track.colour}
              </span>
              <div className="kp-actions">
                <Button type="button" variant="tertiary" onClick={() => setEditing(track.id)}>
                  {t('conference.admin.edit', { name: track.name })}
                </Button>
                <Button type="button" variant="tertiary" data-color="danger" onClick={() => setDeleting(track)}>
                  {t('conference.admin.delete', { name: track.name })}
                </Button>
              </div>
              {editing === track.id ? (
                <TrackForm editionId={edition.id} track={track} onSaved={done(t('conference.admin.tracks.saved'))} />
              ) : null}
            </li>
          ))}
        </ul>
        <Section title={t('conference.admin.tracks.add')} level={3}>
          <TrackForm editionId={edition.id} track={null} onSaved={done(t('conference.admin.tracks.added'))} />
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
        >
          <Paragraph>
            {deleting.sessions > 0
              ? t('conference.admin.tracks.deleteInUse', { n: deleting.sessions })
              : t('conference.admin.tracks.deleteUnused')}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}

/** The contrast as the coordinator types: «Kontrast 5.2:1 – godkjent», read out when it changes. */
export function ContrastFeedback({ colour, id }: { colour: string; id: string }) {
  const { t } = useI18n();
  const check = checkTrackColour(colour.trim());
  return (
    <p id={id} aria-live="polite">
      {check
        ? t(check.passes ? 'conference.admin.tracks.contrastOk' : 'conference.admin.tracks.contrastLow', {
            ratio: formatContrast(check.ratio),
          })
        : t('conference.admin.tracks.contrastUnknown')}
    </p>
  );
}

function TrackForm({
  editionId,
  track,
  onSaved,
}: {
  editionId: string;
  track: Track | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const empty = { name: '', colour: '#1f5f8b', description: '' };
  const [values, setValues] = useState(() =>
    track ? { name: track.name, colour: track.colour, description: track.description } : empty,
  );
  const create = useMutation(
    trpc.conference.editing.createTrack.mutationOptions({
      onSuccess: async () => {
        setValues(empty);
        await onSaved();
      },
    }),
  );
  const update = useMutation(trpc.conference.editing.updateTrack.mutationOptions({ onSuccess: onSaved }));
  const mutation = track ? update : create;
  const fieldErrors = mutation.error ? describeError(mutation.error, t).fieldErrors : {};
  const prefix = track ? `track-${track.id}` : 'track-new';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (track) update.mutate({ trackId: track.id, ...values });
    else create.mutate({ editionId, ...values });
  };
  return (
    <form onSubmit={submit} noValidate className="kp-stack">
      <FormErrors error={mutation.error} idFor={(f) => `${prefix}-${f}`} />
      <TextField
        id={`${prefix}-name`}
        name="name"
        label={t('conference.admin.tracks.field.name')}
        required
        value={values.name}
        onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))}
        error={fieldErrors.name}
      />
      <TextField
        id={`${prefix}-colour`}
        name="colour"
        label={t('conference.admin.tracks.field.colour')}
        description={t('conference.admin.tracks.field.colourHint')}
        required
        value={values.colour}
        onChange={(event) => setValues((v) => ({ ...v, colour: event.target.value }))}
        error={fieldErrors.colour}
        aria-describedby={`${prefix}-contrast`}
      />
      <ContrastFeedback colour={values.colour} id={`${prefix}-contrast`} />
      <TextArea
        id={`${prefix}-description`}
        name="description"
        label={t('conference.admin.tracks.field.description')}
        rows={3}
        value={values.description}
        onChange={(event) => setValues((v) => ({ ...v, description: event.target.value }))}
        error={fieldErrors.description}
      />
      <div>
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {track ? t('conference.admin.save') : t('conference.admin.tracks.add')}
        </Button>
      </div>
    </form>
  );
}
