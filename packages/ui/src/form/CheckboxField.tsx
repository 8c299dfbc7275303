import type { InputHTMLAttributes, Ref } from 'react';
import { Input } from '@digdir/designsystemet-react';
import type { FieldBaseProps, LabelAttributes } from './FieldLabel.tsx';
import { FieldFrame } from './FieldFrame.tsx';
import { fieldId } from './field-id.ts';

export type CheckboxFieldProps = Omit<FieldBaseProps, 'required'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldBaseProps | LabelAttributes | 'type' | 'prefix' | 'size'> & {
    ref?: Ref<HTMLInputElement>;
  };

function ChoiceField({
  type,
  name,
  id,
  label,
  description,
  error,
  ...rest
}: CheckboxFieldProps & { type: 'checkbox' | 'radio' }) {
  const inputId = id ?? fieldId(name);
  return (
    <FieldFrame inputId={inputId} label={label} description={description} error={error} controlFirst>
      {/* aria-invalid from the first render, script or not (Designsystemet leaves it to <ds-field>). */}
      <Input {...rest} type={type} id={inputId} name={name} aria-invalid={error ? true : undefined} />
    </FieldFrame>
  );
}

/** A single checkbox ("Jeg godtar …") with description and error. For a group, put several in a Fieldset. */
export function CheckboxField(props: CheckboxFieldProps) {
  return <ChoiceField {...props} type="checkbox" />;
}

/** One radio button of a group (in a Fieldset); give each its own `id`, since they share a name. */
export function RadioField(props: CheckboxFieldProps) {
  return <ChoiceField {...props} type="radio" />;
}
