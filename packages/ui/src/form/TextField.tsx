import type { InputHTMLAttributes, Ref } from 'react';
import { Input } from '@digdir/designsystemet-react';
import type { FieldBaseProps, LabelAttributes } from './FieldLabel.tsx';
import { FieldFrame } from './FieldFrame.tsx';
import { fieldId } from './field-id.ts';

export type TextFieldProps = FieldBaseProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldBaseProps | LabelAttributes | 'type' | 'prefix' | 'size'> & {
    type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search' | 'number' | 'date' | 'time';
    ref?: Ref<HTMLInputElement>;
  };

/** A one-line text input with label, description and error (see FieldFrame). */
export function TextField({ name, id, label, description, error, required, type = 'text', ...rest }: TextFieldProps) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldFrame inputId={inputId} label={label} required={required} description={description} error={error}>
      <Input
        {...rest}
        id={inputId}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      />
    </FieldFrame>
  );
}
