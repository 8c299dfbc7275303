import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { evaluationPaths, isAmbiguousOsloTime, pathTo } from '@knutepunkt/domain';
import {
  ConfirmDialog,
  FormErrorSummary,
  RadioField,
  TextField,
  fieldId,
  useFormErrors,
  useI18n,
} from '@knutepunkt/ui';
import type { FlashState } from '../../components/Flash.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { errorMessage } from '../../components/errors.ts';
import { type Outputs, fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { formatWhen, osloToday } from './collection-format.ts';

type Interview = Outputs['evaluations']['interview'];

const ORDER = ['obtainedAt'] as const;

/**
 * The interview's consent (docs/adr/0025): who obtained it, when, under which version of the
 * consent text. Recording it shows the text being consented to; the time is entered on a clock
 * in Oslo (a time in the autumn night that happens twice asks which). Withdrawing it deletes the
 * interview with its notes and the quotes taken from them, after a dialog that says so.
 */
export function ConsentSection({ interview }: { interview: Interview }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [date, setDate] = useState(osloToday());
  const [time, setTime] = useState('');
  const [which, setWhich] = useState<'earlier' | 'later'>('earlier');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { consent } = interview;
  const ambiguous = /^\d{2}:\d{2}$/.test(time) && isAmbiguousOsloTime(date, time);
  const { errors, errorFor } = useFormErrors({ fieldErrors }, ORDER);

  const refresh = () => queryClient.invalidateQueries(trpc.evaluations.pathFilter());
  const record = useMutation(
    trpc.evaluations.recordConsent.mutationOptions({
      onSuccess: async () => {
        setSuccess(t('evaluations.web.consent.recorded'));
        await refresh();
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        if (Object.keys(fields).length > 0) setFieldErrors(fields);
        else setFailure(errorMessage(error, t));
      },
    }),
  );
  const withdraw = useMutation(
    trpc.evaluations.withdrawConsent.mutationOptions({
      onSuccess: async () => {
        queryClient.removeQueries(trpc.evaluations.interview.queryFilter({ interviewId: interview.id }));
        await queryClient.invalidateQueries(trpc.evaluations.workspace.pathFilter());
        const flash: FlashState = { flash: 'evaluations.web.consent.withdrawn' };
        await navigate(pathTo(evaluationPaths.web.team, { evaluationId: interview.evaluation.id }), { state: flash });
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFieldErrors(null);
    setFailure(null);
    setSuccess(null);
    record.mutate({
      interviewId: interview.id,
      obtainedAt: { date, time, ...(ambiguous ? { disambiguation: which } : {}) },
      consentVersion: consent.currentVersion,
    });
  };

  return (
    <section aria-labelledby="consent-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="consent-heading">
        {t('evaluations.web.consent.heading')}
      </Heading>
      <Paragraph>
        {interview.consentAt
          ? t('evaluations.web.consent.given', {
              at: formatWhen(interview.consentAt, locale),
              by: consent.givenBy ?? t('evaluations.web.consent.someone'),
              version: interview.consentVersion ?? consent.currentVersion,
            })
          : t('evaluations.web.consent.missing')}
      </Paragraph>
      <FormStatus success={success} failure={failure} />
      {interview.evaluation.canCollect && !interview.consentAt ? (
        consent.text.trim() === '' ? (
          <Paragraph>{t('evaluations.web.consent.noText')}</Paragraph>
        ) : (
          <form method="post" onSubmit={submit} noValidate className="kp-stack">
            <figure>
              <figcaption>{t('evaluations.web.consent.text', { version: consent.currentVersion })}</figcaption>
              <blockquote>{consent.text}</blockquote>
            </figure>
            <FormErrorSummary errors={errors} idFor={() => fieldId('consent-date')} />
            <TextField
              id={fieldId('consent-date')}
              name="consentDate"
              type="date"
              label={t('evaluations.web.consent.date')}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              required
              error={errorFor('obtainedAt')}
            />
            <TextField
              id={fieldId('consent-time')}
              name="consentTime"
              type="time"
              label={t('evaluations.web.consent.time')}
              description={t('evaluations.web.consent.timeHelp')}
              value={time}
              onChange={(e) => setTime(e.target.value)}
              required
            />
            {ambiguous ? (
              <Fieldset className="kp-checkbox-group">
                <Fieldset.Legend>{t('evaluations.web.consent.which')}</Fieldset.Legend>
                {(['earlier', 'later'] as const).map((w) => (
                  <RadioField
                    key={w}
                    id={fieldId(`consent-which-${w}`)}
                    name="consentWhich"
                    value={w}
                    checked={which === w}
                    onChange={() => setWhich(w)}
                    label={t(`evaluations.web.consent.${w}`)}
                  />
                ))}
              </Fieldset>
            ) : null}
            <div>
              <Button type="submit" disabled={record.isPending}>
                {t('evaluations.web.consent.record')}
              </Button>
            </div>
          </form>
        )
      ) : null}
      <Paragraph data-size="sm">{t('evaluations.web.consent.withdrawHelp')}</Paragraph>
      <div>
        <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
          {t('evaluations.web.consent.withdraw')}
        </Button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('evaluations.web.consent.withdrawTitle', { code: interview.code })}
          confirmLabel={t('evaluations.web.consent.withdrawConfirm')}
          danger
          pending={withdraw.isPending}
          error={withdraw.error ? errorMessage(withdraw.error, t) : null}
          onConfirm={() => withdraw.mutate({ interviewId: interview.id })}
          onCancel={() => {
            setConfirming(false);
            withdraw.reset();
          }}
        >
          <Paragraph>
            {t('evaluations.web.consent.withdrawBody', {
              code: interview.code,
              notes: interview.notes.length,
              quotes: interview.quotesTaken,
            })}
          </Paragraph>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
