import type { Ref, TextareaHTMLAttributes } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { FieldLabel, type FieldBaseProps, type LabelAttributes } from './FieldLabel.tsx';
import { fieldId } from './field-id.ts';

export type TextAreaProps = FieldBaseProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof FieldBaseProps | LabelAttributes | 'prefix'> & {
    ref?: Ref<HTMLTextAreaElement>;
  };

/** A multi-line text field (Designsystemet's Textfield with `multiline`); grows with its content. */
export function TextArea({ name, id, label, description, error, required, rows = 4, ...rest }: TextAreaProps) {
  return (
    <Textfield
      {...rest}
      multiline
      rows={rows}
      id={id ?? fieldId(name)}
      name={name}
      label={<FieldLabel label={label} required={required} />}
      description={description}
      error={error}
      aria-required={required || undefined}
    />
  );
}
