import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import { checkTrackColour, formatContrast } from '@knutepunkt/domain';
import { FormErrorSummary, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import type { EditionForEditing } from './edition-values.ts';

export type Track = EditionForEditing['tracks'][number];

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

/**
 * A new track (`track` null) or one edited in place. A colour that fails the contrast rule is
 * refused here, with the server's own words, before it is sent: the feedback already said so.
 */
export function TrackForm({
  editionId,
  track,
  onSaved,
  onCancel,
}: {
  editionId: string;
  track: Track | null;
  onSaved: () => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const empty = { name: '', colour: '#1f5f8b', description: '' };
  const [values, setValues] = useState(() =>
    track ? { name: track.name, colour: track.colour, description: track.description } : empty,
  );
  const [colourRefused, setColourRefused] = useState<string | null>(null);
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
  const colourLabel = t('conference.admin.tracks.field.colour');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const check = checkTrackColour(values.colour.trim());
    const refusal = !check
      ? t('conference.admin.validation.colour')
      : check.passes
        ? null
        : t('conference.admin.validation.contrast', { ratio: formatContrast(check.ratio) });
    setColourRefused(refusal);
    if (refusal) {
      mutation.reset();
      return;
    }
    if (track) update.mutate({ trackId: track.id, ...values });
    else create.mutate({ editionId, ...values });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="kp-stack"
      aria-label={track ? t('conference.admin.edit', { name: track.name }) : t('conference.admin.tracks.add')}
    >
      {colourRefused ? (
        <FormErrorSummary
          errors={[{ field: 'colour', message: `${colourLabel}: ${colourRefused}` }]}
          idFor={(f) => `${prefix}-${f}`}
        />
      ) : (
        <FormErrors error={mutation.error} idFor={(f) => `${prefix}-${f}`} />
      )}
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
        label={colourLabel}
        description={t('conference.admin.tracks.field.colourHint')}
        required
        value={values.colour}
        onChange={(event) => setValues((v) => ({ ...v, colour: event.target.value }))}
        error={colourRefused ?? fieldErrors.colour}
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
      <div className="kp-row-actions">
        <Button type="submit" aria-disabled={mutation.isPending || undefined}>
          {track ? t('conference.admin.saveNamed', { name: track.name }) : t('conference.admin.tracks.add')}
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
