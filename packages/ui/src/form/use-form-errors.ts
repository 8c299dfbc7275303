import { useMemo } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import type { FieldError } from './FormErrorSummary.tsx';

/** The shape the server sends for a rejected form: one message (or message key) per field. */
export interface FieldErrorsSource {
  fieldErrors?: Record<string, string> | null;
}

/**
 * Turns `{ fieldErrors }` into the list FormErrorSummary takes. `order` (the form's field names
 * top to bottom) sorts the list like the form, so the summary reads in the same order as the page.
 * A message that is a message key (`validation.required`) is translated with `t`.
 */
export function toFieldErrors(
  source: FieldErrorsSource | null | undefined,
  options: { order?: readonly string[]; t?: (key: string) => string } = {},
): FieldError[] {
  const entries = Object.entries(source?.fieldErrors ?? {});
  const { order, t } = options;
  if (order) {
    const rank = (field: string) => {
      const index = order.indexOf(field);
      return index === -1 ? order.length : index;
    };
    entries.sort(([a], [b]) => rank(a) - rank(b));
  }
  return entries.map(([field, message]) => ({ field, message: t ? t(message) : message }));
}

/** `errors` for FormErrorSummary and `errorFor(name)` for each field's `error` prop. */
export function useFormErrors(source: FieldErrorsSource | null | undefined, order?: readonly string[]) {
  const { t, isMessageKey } = useI18n();
  const fieldErrors = source?.fieldErrors;
  return useMemo(() => {
    const translateIfKey = (message: string) => (isMessageKey(message) ? t(message) : message);
    const errors = toFieldErrors({ fieldErrors }, { order, t: translateIfKey });
    const byField = new Map(errors.map((e) => [e.field, e.message]));
    return { errors, errorFor: (field: string) => byField.get(field) };
  }, [fieldErrors, order, t, isMessageKey]);
}
