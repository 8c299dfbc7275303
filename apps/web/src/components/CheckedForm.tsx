import type { FormEvent, ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { FormErrorSummary, type FieldError } from '@knutepunkt/ui';
import { FormStatus } from './FormStatus.tsx';

export interface CheckedFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The error summary's entries (from `useCheckedForm`). */
  errors: FieldError[];
  success?: string | null;
  failure?: string | null;
  submitLabel: string;
  pending: boolean;
  /** Shown above the error summary, e.g. an introduction. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * The frame every form of the site shares: the error summary and the outcome first, where a screen
 * reader and the eye land after sending, the fields, then the one submit button. The browser's own
 * checks are off (`noValidate`): the domain schema's messages are clearer and translated.
 */
export function CheckedForm({
  onSubmit,
  errors,
  success,
  failure,
  submitLabel,
  pending,
  intro,
  children,
}: CheckedFormProps) {
  // method="post": sent before the page's JavaScript takes over, the fields (a password, say)
  // never go into an address; the server sends such a POST back to the page (docs/adr/0012).
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="kp-stack kp-form">
      {intro}
      <FormErrorSummary errors={errors} />
      <FormStatus success={success} failure={failure} />
      {children}
      <div>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
