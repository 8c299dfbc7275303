import { useEffect, useMemo, useRef } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { FormErrorSummary, fieldId, toFieldErrors, useI18n } from '@knutepunkt/ui';
import { describeError } from '../errors.ts';

export interface FormErrorsProps {
  /** The failed mutation's error, or null. */
  error: unknown;
  /** The form's field names, top to bottom: the summary lists errors in that order. */
  order?: readonly string[];
  /** Maps a field name to its input's id (for fields with their own id). */
  idFor?: (field: string) => string;
  /**
   * The fields' labels: the summary says "Navn: Feltet må fylles ut." rather
   * than only "Feltet må fylles ut.", so each line makes sense on its own.
   */
  labels?: Record<string, string>;
}

/**
 * A rejected form: the list of field errors, each linking to its field, or,
 * when the server's answer is about the form as a whole ("Feil e-post eller
 * passord"), that message. Either way it takes focus, so the person hears it.
 */
export function FormErrors({ error, order, idFor = fieldId, labels }: FormErrorsProps) {
  const { t } = useI18n();
  const described = useMemo(() => (error ? describeError(error, t) : null), [error, t]);
  const fieldErrors = useMemo(() => {
    const keys = Object.keys(described?.fieldErrors ?? {});
    // An array field's errors come per item ('counties.2'): sort them where the field is.
    const fullOrder = order?.flatMap((field) => [field, ...keys.filter((key) => key.startsWith(`${field}.`))]);
    return toFieldErrors(described, { order: fullOrder }).map((e) => {
      const label = labels?.[e.field] ?? labels?.[baseField(e.field)];
      return label ? { ...e, message: `${label}: ${e.message}` } : e;
    });
  }, [described, order, labels]);
  const alertRef = useRef<HTMLDivElement>(null);
  const onlyMessage = described && fieldErrors.length === 0 ? described.message : null;

  useEffect(() => {
    if (onlyMessage) alertRef.current?.focus();
  }, [onlyMessage, error]);

  if (!described) return null;
  if (fieldErrors.length > 0) return <FormErrorSummary errors={fieldErrors} idFor={idFor} />;
  return (
    <Alert ref={alertRef} data-color="danger" tabIndex={-1} className="kp-form-alert">
      <Paragraph>{onlyMessage}</Paragraph>
    </Alert>
  );
}

const baseField = (field: string) => field.split('.')[0] ?? field;

/** The server's message for one field, for the field's `error` prop. */
export function useFieldErrors(error: unknown): (field: string) => string | undefined {
  const { t } = useI18n();
  return useMemo(() => {
    const fieldErrors = error ? describeError(error, t).fieldErrors : {};
    // An array field's errors may come per item ('counties.2'); the field shows the first.
    return (field: string) =>
      fieldErrors[field] ?? Object.entries(fieldErrors).find(([key]) => key.startsWith(`${field}.`))?.[1];
  }, [error, t]);
}
