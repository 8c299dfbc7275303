import { useState, type FormEvent } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { profileInput, type Locale } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { type Account, useTRPC } from '../../trpc.ts';
import { EmailField, LocaleField, NameField } from './AccountFields.tsx';

const FIELDS = ['name', 'email', 'locale'] as const;

/** Name, e-mail and language; the language chosen here is also the interface's. */
export function ProfileSection({ account }: { account: Account }) {
  const { t, locale, setLocale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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

  const { check, errors, errorFor, failure } = useCheckedForm(save, profileInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const input = {
      name: text(form.get('name')),
      email: text(form.get('email')),
      locale: text(form.get('locale')) as Locale,
    };
    if (check(input)) save.mutate(input);
  };

  return (
    <section aria-labelledby="profile-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="profile-heading">
        {t('account.web.profile.heading')}
      </Heading>
      <CheckedForm
        onSubmit={onSubmit}
        errors={errors}
        success={saved ? t('account.web.profile.saved') : null}
        failure={failure}
        submitLabel={t('account.web.profile.submit')}
        pending={save.isPending}
      >
        <NameField error={errorFor('name')} defaultValue={account.name} />
        <EmailField error={errorFor('email')} defaultValue={account.email} />
        {/* Follows the interface language: switching it in the header saves it on the account too,
            so a later profile save must not put back the language the page opened with. */}
        <LocaleField key={locale} error={errorFor('locale')} />
      </CheckedForm>
    </section>
  );
}
