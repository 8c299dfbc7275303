import type { Ref, TextareaHTMLAttributes } from 'react';
import { Textarea } from '@digdir/designsystemet-react';
import type { FieldBaseProps, LabelAttributes } from './FieldLabel.tsx';
import { FieldFrame } from './FieldFrame.tsx';
import { fieldId } from './field-id.ts';

export type TextAreaProps = FieldBaseProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldBaseProps | LabelAttributes | 'prefix'> & {
    ref?: Ref<HTMLTextAreaElement>;
  };

/** A multi-line text field; grows with its content (see FieldFrame). */
export function TextArea({ name, id, label, description, error, required, rows = 4, ...rest }: TextAreaProps) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldFrame inputId={inputId} label={label} required={required} description={description} error={error}>
      <Textarea
        {...rest}
        rows={rows}
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      />
    </FieldFrame>
  );
}
