import { useState } from 'react';
import { useFormErrors, useI18n } from '@knutepunkt/ui';
import { fieldErrorsOf } from '../trpc.ts';
import { errorMessage } from './errors.ts';
import { validateWith, type Validatable } from './validate.ts';

/** The part of a react-query mutation a checked form reads. */
interface MutationState {
  error: unknown;
  isError: boolean;
  reset: () => void;
}

/**
 * The errors of a form that is checked twice: in the browser against the domain schema before it is
 * sent, then by the server. One place for the rule every form follows: the server's verdict replaces
 * the browser's once it has answered, and a failure that belongs to no field is shown as one alert.
 *
 * `fields` lists the form's fields top to bottom, so the error summary reads in the order of the page.
 */
export function useCheckedForm(mutation: MutationState, schema: Validatable, fields: readonly string[]) {
  const { t } = useI18n();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const serverErrors = fieldErrorsOf(mutation.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: mutation.error ? serverErrors : clientErrors }, fields);
  const failure = mutation.isError && Object.keys(serverErrors).length === 0 ? errorMessage(mutation.error, t) : null;

  /** Clears the last answer and checks `input`; true when it may be sent. */
  const check = (input: unknown): boolean => {
    mutation.reset();
    const found = validateWith(schema, input, t);
    setClientErrors(found);
    return Object.keys(found).length === 0;
  };

  return { check, errors, errorFor, failure };
}
