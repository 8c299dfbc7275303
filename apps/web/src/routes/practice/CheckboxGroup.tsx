import type { ReactNode } from 'react';
import { Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { CheckboxField } from '@knutepunkt/ui';

export interface CheckboxOption {
  value: string;
  label: string;
}

export interface CheckboxGroupProps {
  /** Used for the checkboxes' ids (`${name}-${value}`), and as their name unless `fieldName` is given. */
  name: string;
  /** The name the checked values are submitted under, when it is not `name` (a GET form's address: `nivaa`). */
  fieldName?: string;
  /** The id of the form the checkboxes belong to, when they stand outside it. */
  form?: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  /** Shown after a checked option, e.g. its sub-themes. */
  renderChecked?: (value: string) => ReactNode;
  className?: string;
  /** Lay the options out in columns where there is room (long lists of short labels). */
  columns?: boolean;
}

/** The id of a group's checkbox; its first one is where an error summary link leads. */
export function checkboxId(name: string, value: string): string {
  return `field-${name}-${value}`;
}

/**
 * A set of checkboxes in a fieldset, so a screen reader says the legend ("Nivå") with each one.
 * Keeps the options' order whatever order they were ticked in.
 */
export function CheckboxGroup({
  name,
  fieldName,
  form,
  legend,
  description,
  options,
  selected,
  onChange,
  error,
  renderChecked,
  className,
  columns = false,
}: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  const errorId = error ? `${name}-error` : undefined;
  return (
    <Fieldset className={className ? `kp-checkbox-group ${className}` : 'kp-checkbox-group'} aria-describedby={errorId}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
      <div
        className={
          columns ? 'kp-checkbox-group__options kp-checkbox-group__options--columns' : 'kp-checkbox-group__options'
        }
      >
        {options.map((option) => {
          const checked = selected.includes(option.value);
          return (
            <div key={option.value} className="kp-checkbox-group__item">
              <CheckboxField
                id={checkboxId(name, option.value)}
                name={fieldName ?? name}
                form={form}
                value={option.value}
                label={option.label}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              {checked && renderChecked ? renderChecked(option.value) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
