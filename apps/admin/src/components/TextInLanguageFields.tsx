import { LOCALES, LOCALE_NAMES, type Locale } from '@knutepunkt/domain';
import { SelectField, TextArea } from '@knutepunkt/ui';

export interface TextInLanguage {
  description: string;
  language: Locale;
}

export interface TextInLanguageFieldsProps {
  value: TextInLanguage;
  onChange: (change: Partial<TextInLanguage>) => void;
  /** The labels (and hints), already translated. */
  label: string;
  hint?: string;
  languageLabel: string;
  languageHint?: string;
  rows?: number;
  errorFor: (field: 'description' | 'language') => string | undefined;
  /** The fields' ids, when the form's error summary links to ids of its own. */
  idFor?: (field: 'description' | 'language') => string;
}

/**
 * A description and the language it is written in, as every admin form that has one asks for
 * them: content keeps its language, so the text field says it (`lang`) once there is text.
 */
export function TextInLanguageFields({
  value,
  onChange,
  label,
  hint,
  languageLabel,
  languageHint,
  rows = 8,
  errorFor,
  idFor,
}: TextInLanguageFieldsProps) {
  return (
    <>
      <TextArea
        {...(idFor ? { id: idFor('description') } : {})}
        name="description"
        label={label}
        {...(hint ? { description: hint } : {})}
        rows={rows}
        value={value.description}
        onChange={(event) => onChange({ description: event.target.value })}
        error={errorFor('description')}
        lang={value.description ? value.language : undefined}
      />
      <SelectField
        {...(idFor ? { id: idFor('language') } : {})}
        name="language"
        label={languageLabel}
        {...(languageHint ? { description: languageHint } : {})}
        placeholder={false}
        value={value.language}
        onChange={(event) => onChange({ language: event.target.value as Locale })}
        options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
        error={errorFor('language')}
      />
    </>
  );
}
