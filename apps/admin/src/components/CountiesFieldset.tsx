import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { COUNTIES, COUNTY_CODES, type CountyCode } from '@knutepunkt/domain';

export interface CountiesFieldsetProps {
  legend: string;
  description?: string;
  value: readonly string[];
  onChange: (value: CountyCode[]) => void;
  error?: string;
  /** Prefix for the checkboxes' ids; the first one is where an error summary link points. */
  idPrefix: string;
}

export const countyCheckboxId = (idPrefix: string, code: string) => `${idPrefix}-${code}`;

/** The counties in alphabetical order of their names, as people look for them. */
export const COUNTIES_BY_NAME: readonly CountyCode[] = [...COUNTY_CODES].sort((a, b) =>
  COUNTIES[a].localeCompare(COUNTIES[b], 'nb'),
);

/** The first checkbox in the group: where an error summary's link for the field points. */
export const firstCountyCheckboxId = (idPrefix: string) => countyCheckboxId(idPrefix, COUNTIES_BY_NAME[0]!);

/** Norway's counties as a group of checkboxes, alphabetically. The value keeps the official order. */
export function CountiesFieldset({ legend, description, value, onChange, error, idPrefix }: CountiesFieldsetProps) {
  const selected = new Set(value);
  const toggle = (code: CountyCode, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(code);
    else next.delete(code);
    onChange(COUNTY_CODES.filter((c) => next.has(c)));
  };
  return (
    <Fieldset className="kp-counties" aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <div className="kp-counties__grid">
        {COUNTIES_BY_NAME.map((code) => (
          <Checkbox
            key={code}
            id={countyCheckboxId(idPrefix, code)}
            name="counties"
            value={code}
            label={COUNTIES[code]}
            checked={selected.has(code)}
            onChange={(event) => toggle(code, event.target.checked)}
          />
        ))}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
