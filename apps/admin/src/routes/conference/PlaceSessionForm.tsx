import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading } from '@digdir/designsystemet-react';
import { RadioField, SelectField, useI18n } from '@knutepunkt/ui';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { isOsloOverlap } from '../meetings/OsloTimeChoice.tsx';
import { type Grid, type GridSession, dayLabel, durationOptions, startOptions } from './grid-model.ts';

export interface PlaceValues {
  day: string;
  roomId: string;
  time: string;
  durationMinutes: number;
  overlap?: 'first' | 'second';
}

export interface PlaceSessionFormProps {
  grid: Grid;
  session: GridSession;
  /** Where the form starts: the session's place, a cell it was dropped on, or the day shown. */
  initial: PlaceValues;
  error: unknown;
  pending: boolean;
  onSave: (values: PlaceValues) => void;
  onRemove: () => void;
  onCancel: () => void;
}

const FIELDS = ['day', 'roomId', 'time', 'overlap', 'durationMinutes'] as const;

/**
 * The keyboard and screen-reader way to place a session: day, room, start and duration from
 * lists, «Lagre» or «Fjern fra programmet». Opens with focus on its heading; Escape cancels.
 */
export function PlaceSessionForm(props: PlaceSessionFormProps) {
  const { grid, session, initial, error, pending, onSave, onRemove, onCancel } = props;
  const { t, locale } = useI18n();
  const [values, setValues] = useState<PlaceValues>(initial);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const fieldError = useFieldErrors(error);
  useEffect(() => headingRef.current?.focus(), [session.id]);
  useEffect(() => setValues(initial), [initial]);
  // Escape anywhere in the form cancels it, as it would close a dialog.
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const section = sectionRef.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    section?.addEventListener('keydown', onKey);
    return () => section?.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const set = <K extends keyof PlaceValues>(key: K, value: PlaceValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const overlapAsked = isOsloOverlap(values.day, values.time);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ ...values, overlap: overlapAsked ? values.overlap : undefined });
  };
  const labels = {
    day: t('conference.admin.grid.form.day'),
    roomId: t('conference.admin.grid.form.room'),
    time: t('conference.admin.grid.form.time'),
    durationMinutes: t('conference.admin.grid.form.duration'),
  };

  return (
    <section aria-labelledby={headingId} className="kp-grid-form" ref={sectionRef}>
      <Heading level={2} data-size="xs" id={headingId} ref={headingRef} tabIndex={-1}>
        {t(session.placement ? 'conference.admin.grid.moveNamed' : 'conference.admin.grid.placeNamed', {
          title: session.title,
        })}
      </Heading>
      <form onSubmit={submit} noValidate className="kp-form">
        <FormErrors error={error} order={FIELDS} labels={labels} />
        <div className="kp-grid-form__fields">
          <SelectField
            name="day"
            label={labels.day}
            value={values.day}
            placeholder={false}
            error={fieldError('day')}
            options={grid.days.map((day) => ({ value: day, label: dayLabel(locale, day) }))}
            onChange={(e) => set('day', e.target.value)}
          />
          <SelectField
            name="roomId"
            label={labels.roomId}
            value={values.roomId}
            placeholder={false}
            error={fieldError('roomId')}
            options={grid.rooms.map((room) => ({ value: room.id, label: room.name }))}
            onChange={(e) => set('roomId', e.target.value)}
          />
          <SelectField
            name="time"
            label={labels.time}
            value={values.time}
            placeholder={false}
            error={fieldError('time')}
            options={startOptions(grid, initial.time).map((time) => ({ value: time, label: time }))}
            onChange={(e) => set('time', e.target.value)}
          />
          <SelectField
            name="durationMinutes"
            label={labels.durationMinutes}
            value={String(values.durationMinutes)}
            placeholder={false}
            error={fieldError('durationMinutes')}
            options={durationOptions(initial.durationMinutes).map((minutes) => ({
              value: String(minutes),
              label: t('conference.admin.grid.minutes', { minutes }),
            }))}
            onChange={(e) => set('durationMinutes', Number(e.target.value))}
          />
        </div>
        {overlapAsked ? (
          <Fieldset>
            <Fieldset.Legend>{t('conference.admin.grid.form.overlap', { time: values.time })}</Fieldset.Legend>
            {(['first', 'second'] as const).map((choice) => (
              <RadioField
                key={choice}
                id={`overlap-${choice}`}
                name="overlap"
                value={choice}
                label={t(choice === 'first' ? 'meetings.time.earlier' : 'meetings.time.later')}
                checked={values.overlap === choice}
                onChange={() => set('overlap', choice)}
              />
            ))}
          </Fieldset>
        ) : null}
        <div className="kp-grid-form__actions">
          <Button type="submit" loading={pending}>
            {t('conference.admin.grid.form.save')}
          </Button>
          {session.placement ? (
            <Button type="button" variant="secondary" disabled={pending} onClick={onRemove}>
              {t('conference.admin.grid.form.remove')}
            </Button>
          ) : null}
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('conference.admin.grid.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
