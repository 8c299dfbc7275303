import { useEffect, useRef, type ComponentRef, type MouseEvent } from 'react';
import { ErrorSummary } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { fieldId } from './field-id.ts';

export interface FieldError {
  /** The field's name (as given to TextField etc.); the link goes to `#` + fieldId(field). */
  field: string;
  message: string;
}

export interface FormErrorSummaryProps {
  errors: FieldError[];
  /** Defaults to "Feil i skjemaet. Rett opp dette før du går videre:" in the current language. */
  heading?: string;
  /** Maps a field name to its input's id, for fields given their own `id`. */
  idFor?: (field: string) => string;
}

/**
 * Lists a form's errors above it, each linking to its field, and takes focus when it appears
 * or its errors change, so screen reader users hear that the form was not accepted.
 * Renders nothing when there are no errors.
 */
export function FormErrorSummary({ errors, heading, idFor = fieldId }: FormErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  // Refocus only when the errors themselves change: parents often build a new array on every
  // render, and stealing focus on each keystroke would make the form unusable.
  const signature = errors.map((e) => `${e.field}\u0000${e.message}`).join('\u0001');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;

  const onLinkClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    // Move focus ourselves: following `#id` would only scroll (the field would not get focus)
    // and would reach the apps' router as a navigation.
    event.preventDefault();
    target.focus();
  };

  return (
    // Designsystemet's <ds-error-summary> also sets role="group", tabindex and aria-labelledby;
    // tabIndex here makes the focus call work even before its script has run.
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{heading ?? t('ui.errorSummary.heading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => {
          const id = idFor(error.field);
          return (
            <ErrorSummary.Item key={error.field}>
              <ErrorSummary.Link href={`#${id}`} onClick={(event) => onLinkClick(event, id)}>
                {error.message}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
