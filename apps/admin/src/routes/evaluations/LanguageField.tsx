import { LOCALES, type Locale } from '@knutepunkt/domain';
import { SelectField, useI18n } from '@knutepunkt/ui';

/**
 * The language an evaluation or a questionnaire is written in: its content's, not the
 * interface's (respondents read the questionnaire in it; the public report is marked with it).
 */
export function LanguageField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Locale;
  onChange: (language: Locale) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      name="language"
      label={label}
      placeholder={false}
      value={value}
      onChange={(event) => onChange(event.target.value as Locale)}
      options={LOCALES.map((l) => ({ value: l, label: t(`evaluations.admin.setup.language.${l}`) }))}
      error={error}
    />
  );
}
