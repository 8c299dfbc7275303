import type { Ref, SelectHTMLAttributes } from 'react';
import { Select } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import type { FieldBaseProps, LabelAttributes } from './FieldLabel.tsx';
import { FieldFrame } from './FieldFrame.tsx';
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
 * this builds one from FieldFrame, as the other fields are.
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
  const inputId = id ?? fieldId(name);
  return (
    <FieldFrame inputId={inputId} label={label} required={required} description={description} error={error}>
      <Select
        {...rest}
        id={inputId}
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
    </FieldFrame>
  );
}
