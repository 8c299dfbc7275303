import { useState, type FormEvent } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { profileInput, type Locale } from '@knutepunkt/domain';
import { FormErrorSummary, SelectField, TextField, useFormErrors, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { text, validateWith } from '../../components/validate.ts';
import { type Account, fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { localeOptions } from './RegisterPage.tsx';

const FIELDS = ['name', 'email', 'locale'] as const;

/** Name, e-mail and language; the language chosen here is also the interface's. */
export function ProfileSection({ account }: { account: Account }) {
  const { t, locale, setLocale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.account.me.queryKey(), updated);
        setLocale(updated.locale);
        setSaved(true);
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.reset();
    const form = new FormData(event.currentTarget);
    const input = {
      name: text(form.get('name')),
      email: text(form.get('email')),
      locale: text(form.get('locale')) as Locale,
    };
    const errors = validateWith(profileInput, input, t);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate(input);
  };

  const serverErrors = fieldErrorsOf(save.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: save.error ? serverErrors : clientErrors }, FIELDS);
  const failure = save.isError && Object.keys(serverErrors).length === 0 ? errorMessage(save.error, t) : null;

  return (
    <section aria-labelledby="profile-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="profile-heading">
        {t('account.web.profile.heading')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="kp-stack kp-form">
        <FormErrorSummary errors={errors} />
        <FormStatus success={saved ? t('account.web.profile.saved') : null} failure={failure} />
        <TextField
          name="name"
          label={t('account.web.field.name')}
          autoComplete="name"
          defaultValue={account.name}
          error={errorFor('name')}
          required
          maxLength={120}
        />
        <TextField
          name="email"
          type="email"
          label={t('account.web.field.email')}
          autoComplete="email"
          defaultValue={account.email}
          error={errorFor('email')}
          required
        />
        <SelectField
          // Follows the interface language: switching it in the header saves it on the account too,
          // so a later profile save must not put back the language the page opened with.
          key={locale}
          name="locale"
          label={t('account.web.field.locale')}
          defaultValue={locale}
          placeholder={false}
          options={localeOptions()}
          error={errorFor('locale')}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('account.web.profile.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
