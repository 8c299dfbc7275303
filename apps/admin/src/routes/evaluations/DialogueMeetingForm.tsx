import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Disambiguation,
  type Locale,
  MEETING_MODES,
  type MeetingMode,
  type OsloDateTimeInput,
} from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';
import { OsloTimeChoice, isOsloOverlap } from '../meetings/OsloTimeChoice.tsx';
import { meetingFieldId } from '../meetings/meeting-values.ts';

const FIELDS = ['startsAt', 'endsAt', 'mode', 'venueName', 'venueAddress', 'videoUrl'] as const;

/**
 * The dialogue meeting's day, times and place, in Norwegian time (the meetings' own rules and
 * messages). The rest (description, registration, capacity, agenda) is set on the meeting's
 * own admin pages, where the lead also publishes it.
 */
export function DialogueMeetingForm({
  evaluationId,
  language,
  onCreated,
}: {
  evaluationId: string;
  language: Locale;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [startChoice, setStartChoice] = useState<Disambiguation | undefined>();
  const [endChoice, setEndChoice] = useState<Disambiguation | undefined>();
  const [mode, setMode] = useState<MeetingMode>('in_person');
  const create = useMutation(
    trpc.evaluations.createDialogueMeeting.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.evaluations.dialogue.pathFilter());
        onCreated();
      },
    }),
  );
  const fieldErrors = useMemo(
    () => (create.error ? describeError(create.error, t).fieldErrors : {}),
    [create.error, t],
  );
  const errorOf = (group: string) =>
    [group, `${group}.date`, `${group}.time`, `${group}.disambiguation`].map((k) => fieldErrors[k]).find(Boolean);
  const at = (time: string, choice: Disambiguation | undefined): OsloDateTimeInput =>
    choice ? { date, time, disambiguation: choice } : { date, time };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    create.mutate({
      evaluationId,
      description: '',
      language,
      startsAt: at(start, startChoice),
      endsAt: at(end, endChoice),
      mode,
      venueName: text('venueName'),
      venueAddress: text('venueAddress'),
      videoUrl: text('videoUrl'),
      stepFree: false,
      hearingLoop: false,
      quietRoom: false,
      capacity: null,
      registrationOpensAt: null,
      registrationDeadline: null,
      perOrganisationLimit: null,
      // The service's staff and users come from outside the network.
      openTo: 'anyone',
    });
  };
  const choice = (group: string, time: string, value: Disambiguation | undefined, set: (d: Disambiguation) => void) =>
    isOsloOverlap(date, time) && (value || errorOf(group)) ? (
      <OsloTimeChoice field={group} time={time} value={value} onChange={set} />
    ) : null;
  return (
    <form className="kp-stack kp-form" onSubmit={submit} noValidate>
      <FormErrors
        error={create.error}
        order={FIELDS}
        idFor={meetingFieldId}
        labels={{
          startsAt: t('meetings.admin.field.startsAt'),
          endsAt: t('meetings.admin.field.endsAt'),
          mode: t('meetings.admin.field.mode'),
          venueName: t('meetings.admin.field.venueName'),
          venueAddress: t('meetings.admin.field.venueAddress'),
          videoUrl: t('meetings.admin.field.videoUrl'),
        }}
      />
      <TextField
        name="date"
        type="date"
        label={t('meetings.admin.field.date')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={fieldErrors['startsAt.date'] ?? fieldErrors['endsAt.date']}
        required
      />
      <TextField
        name="startsAt"
        type="time"
        label={t('meetings.admin.field.startsAt')}
        description={t('meetings.admin.field.timeHint')}
        value={start}
        onChange={(e) => {
          setStart(e.target.value);
          setStartChoice(undefined);
        }}
        error={errorOf('startsAt')}
        required
      />
      {choice('startsAt', start, startChoice, setStartChoice)}
      <TextField
        name="endsAt"
        type="time"
        label={t('meetings.admin.field.endsAt')}
        description={t('meetings.admin.field.timeHint')}
        value={end}
        onChange={(e) => {
          setEnd(e.target.value);
          setEndChoice(undefined);
        }}
        error={errorOf('endsAt')}
        required
      />
      {choice('endsAt', end, endChoice, setEndChoice)}
      <SelectField
        name="mode"
        label={t('meetings.admin.field.mode')}
        value={mode}
        placeholder={false}
        onChange={(e) => setMode(e.target.value as MeetingMode)}
        options={MEETING_MODES.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
        error={fieldErrors.mode}
      />
      <TextField name="venueName" label={t('meetings.admin.field.venueName')} error={fieldErrors.venueName} />
      <TextField name="venueAddress" label={t('meetings.admin.field.venueAddress')} error={fieldErrors.venueAddress} />
      {mode !== 'in_person' ? (
        <TextField
          name="videoUrl"
          type="url"
          label={t('meetings.admin.field.videoUrl')}
          description={t('meetings.admin.field.videoUrlHint')}
          error={fieldErrors.videoUrl}
        />
      ) : null}
      <div>
        <Button type="submit" loading={create.isPending}>
          {t('evaluations.admin.dialogue.create')}
        </Button>
      </div>
    </form>
  );
}
