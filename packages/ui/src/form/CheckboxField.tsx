import type { InputHTMLAttributes, Ref } from 'react';
import { Checkbox } from '@digdir/designsystemet-react';
import type { FieldBaseProps, LabelAttributes } from './FieldLabel.tsx';
import { fieldId } from './field-id.ts';

export type CheckboxFieldProps = Omit<FieldBaseProps, 'required'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldBaseProps | LabelAttributes | 'type' | 'prefix' | 'size'> & {
    ref?: Ref<HTMLInputElement>;
  };

/** A single checkbox ("Jeg godtar …") with description and error. For a group, use Fieldset. */
export function CheckboxField({ name, id, label, description, error, ...rest }: CheckboxFieldProps) {
  return (
    <Checkbox
      {...rest}
      id={id ?? fieldId(name)}
      name={name}
      label={label}
      description={description}
      error={error}
      // Designsystemet's Checkbox, unlike Textfield, leaves aria-invalid to <ds-field>'s script;
      // setting it here keeps it right from the first render, script or not.
      aria-invalid={error ? true : undefined}
    />
  );
}
