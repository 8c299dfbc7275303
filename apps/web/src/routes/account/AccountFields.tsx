import { LOCALE_NAMES, LOCALES } from '@knutepunkt/domain';
import { SelectField, TextField, useI18n } from '@knutepunkt/ui';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';

// The fields a person fills in about themselves, alike on the register, sign-in and my-page forms:
// the same names (which the server's field errors use), labels, limits and autofill hints everywhere.

export const localeOptions = () => LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

interface FieldProps {
  error: string | undefined;
  defaultValue?: string;
}

export function NameField({ error, defaultValue }: FieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      name="name"
      label={t('account.web.field.name')}
      autoComplete="name"
      defaultValue={defaultValue}
      error={error}
      required
      maxLength={120}
    />
  );
}

export function EmailField({ error, defaultValue, description }: FieldProps & { description?: string }) {
  const { t } = useI18n();
  return (
    <TextField
      name="email"
      type="email"
      label={t('account.web.field.email')}
      description={description}
      autoComplete="email"
      defaultValue={defaultValue}
      error={error}
      required
    />
  );
}

export interface PasswordFieldProps {
  name: string;
  label: WebMessageKey;
  /** A new password: the rule is said before the person types, and the browser may suggest one. */
  isNew?: boolean;
  error: string | undefined;
}

export function PasswordField({ name, label, isNew = false, error }: PasswordFieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      name={name}
      type="password"
      label={t(label)}
      description={isNew ? t('account.web.field.passwordRule') : undefined}
      autoComplete={isNew ? 'new-password' : 'current-password'}
      error={error}
      required
    />
  );
}

export function LocaleField({ error, description }: { error: string | undefined; description?: string }) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      name="locale"
      label={t('account.web.field.locale')}
      description={description}
      defaultValue={locale}
      placeholder={false}
      options={localeOptions()}
      error={error}
    />
  );
}
