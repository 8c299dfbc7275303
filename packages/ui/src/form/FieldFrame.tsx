import type { ReactNode } from 'react';
import { Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { FieldLabel } from './FieldLabel.tsx';

export interface FieldFrameProps {
  /** The control's id, which the label points to. */
  inputId: string;
  label: ReactNode;
  required?: boolean;
  description?: ReactNode;
  error?: string;
  /** The input, select or textarea itself. */
  children: ReactNode;
  /** A checkbox or radio comes before its label, in the label's regular weight. */
  controlFirst?: boolean;
}

/**
 * Label, description, control and error in Designsystemet's Field. The label names its control
 * with `for` in the HTML itself: Designsystemet's composed fields leave that to the <ds-field>
 * script, and a page rendered on the server must work (and be named for screen readers) before
 * any script has run, or with none at all. The script still ties the description and the error
 * to the control (aria-describedby) once it runs.
 */
export function FieldFrame({ inputId, label, required, description, error, children, controlFirst }: FieldFrameProps) {
  const labelElement = (
    <Label htmlFor={inputId} weight={controlFirst ? 'regular' : undefined}>
      <FieldLabel label={label} required={required} />
    </Label>
  );
  return (
    <Field>
      {controlFirst ? children : labelElement}
      {controlFirst ? labelElement : null}
      {description ? <Field.Description>{description}</Field.Description> : null}
      {controlFirst ? null : children}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
