import type { InputHTMLAttributes, Ref } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { FieldLabel, type FieldBaseProps, type LabelAttributes } from './FieldLabel.tsx';
import { fieldId } from './field-id.ts';

export type TextFieldProps = FieldBaseProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldBaseProps | LabelAttributes | 'type' | 'prefix' | 'size'> & {
    type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number' | 'date' | 'time';
    ref?: Ref<HTMLInputElement>;
  };

/**
 * A one-line text input with label, description and error. Designsystemet's <ds-field> element
 * links label, description and error to the input (for / aria-describedby) by itself.
 */
export function TextField({ name, id, label, description, error, required, type = 'text', ...rest }: TextFieldProps) {
  return (
    <Textfield
      {...rest}
      id={id ?? fieldId(name)}
      name={name}
      type={type}
      label={<FieldLabel label={label} required={required} />}
      description={description}
      error={error}
      aria-required={required || undefined}
    />
  );
}
