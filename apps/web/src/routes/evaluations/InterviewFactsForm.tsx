import { useState, type FormEvent } from 'react';
import { Button, Fieldset } from '@digdir/designsystemet-react';
import { type InterviewKind, INTERVIEW_KINDS } from '@knutepunkt/domain';
import { FormErrorSummary, RadioField, TextField, fieldId, useFormErrors, useI18n } from '@knutepunkt/ui';

export interface InterviewFacts {
  code: string;
  kind: InterviewKind;
  heldOn: string;
  participants: number;
}

export interface InterviewFactsFormProps {
  /** Keeps the form's ids apart when two are on a page. */
  idPrefix: string;
  initial: InterviewFacts;
  submitLabel: string;
  pending: boolean;
  /** The server's per-field messages from the last try (already translated). */
  fieldErrors: Record<string, string> | null;
  onSubmit: (facts: InterviewFacts) => void;
}

const ORDER = ['code', 'kind', 'heldOn', 'participants'] as const;

/**
 * An interview's facts: its code (never a name: the help text says so next to the field), kind,
 * day and how many took part. Used for a new interview and for correcting one. The server checks
 * everything again and its messages show at each field.
 */
export function InterviewFactsForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  fieldErrors,
  onSubmit,
}: InterviewFactsFormProps) {
  const { t } = useI18n();
  const [facts, setFacts] = useState<InterviewFacts>(initial);
  const [participants, setParticipants] = useState(String(initial.participants));
  const id = (field: string) => fieldId(`${idPrefix}-${field}`);
  const { errors, errorFor } = useFormErrors({ fieldErrors }, ORDER);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ ...facts, code: facts.code.trim(), participants: Number(participants) });
  };
  const setKind = (kind: InterviewKind) => {
    setFacts({ ...facts, kind });
    // One person in an individual interview; a group starts from the smallest group.
    if (kind === 'individual') setParticipants('1');
    else if (Number(participants) < 2) setParticipants('2');
  };

  return (
    <form method="post" onSubmit={submit} noValidate className="kp-stack">
      <FormErrorSummary errors={errors} idFor={(field) => id(field)} />
      <TextField
        id={id('code')}
        name="code"
        label={t('evaluations.web.collection.new.code')}
        description={t('evaluations.web.collection.new.codeHelp')}
        value={facts.code}
        onChange={(e) => setFacts({ ...facts, code: e.target.value })}
        maxLength={12}
        autoComplete="off"
        spellCheck={false}
        required
        error={errorFor('code')}
      />
      <Fieldset className="kp-checkbox-group">
        <Fieldset.Legend>{t('evaluations.web.collection.new.kind')}</Fieldset.Legend>
        {INTERVIEW_KINDS.map((kind, i) => (
          <RadioField
            key={kind}
            id={i === 0 ? id('kind') : `${id('kind')}-${kind}`}
            name={`${idPrefix}-kind`}
            value={kind}
            checked={facts.kind === kind}
            onChange={() => setKind(kind)}
            label={t(`evaluations.web.collection.kind.${kind}`)}
            error={i === INTERVIEW_KINDS.length - 1 ? errorFor('kind') : undefined}
          />
        ))}
      </Fieldset>
      <TextField
        id={id('heldOn')}
        name="heldOn"
        type="date"
        label={t('evaluations.web.collection.new.heldOn')}
        value={facts.heldOn}
        onChange={(e) => setFacts({ ...facts, heldOn: e.target.value })}
        required
        error={errorFor('heldOn')}
      />
      <TextField
        id={id('participants')}
        name="participants"
        type="number"
        inputMode="numeric"
        min={1}
        max={12}
        label={t('evaluations.web.collection.new.participants')}
        description={t('evaluations.web.collection.new.participantsHelp')}
        value={participants}
        onChange={(e) => setParticipants(e.target.value)}
        required
        error={errorFor('participants')}
      />
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
