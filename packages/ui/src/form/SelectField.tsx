import type { Ref, SelectHTMLAttributes } from 'react';
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { FieldLabel, type FieldBaseProps, type LabelAttributes } from './FieldLabel.tsx';
import { fieldId } from './field-id.ts';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldBaseProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof FieldBaseProps | LabelAttributes | 'multiple' | 'size'> & {
    options: SelectOption[];
    /** Text of an empty first option ("Velg …" by default); `false` leaves it out. */
    placeholder?: string | false;
    ref?: Ref<HTMLSelectElement>;
  };

/**
 * A native select with label, description and error. Designsystemet has no composed select, so
 * this builds one from Field; <ds-field> wires label and aria-describedby as for Textfield.
 */
export function SelectField({
  name,
  id,
  label,
  description,
  error,
  required,
  options,
  placeholder,
  ...rest
}: SelectFieldProps) {
  const { t } = useI18n();
  const emptyOption = placeholder === false ? null : (placeholder ?? t('ui.select.choose'));
  return (
    <Field>
      <Label>
        <FieldLabel label={label} required={required} />
      </Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select
        {...rest}
        id={id ?? fieldId(name)}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
      >
        {emptyOption !== null && <Select.Option value="">{emptyOption}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
