import { useState, type FormEvent } from 'react';
import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { LOCALE_NAMES, LOCALES, registerInput, shellPaths } from '@knutepunkt/domain';
import { FormErrorSummary, SelectField, TextField, useFormErrors, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import type { FlashState } from '../../components/Flash.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { Page } from '../../components/Page.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { text, validateWith } from '../../components/validate.ts';
import { fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { useOnSignedIn } from './use-signed-in.ts';

const FIELDS = ['name', 'email', 'password', 'locale'] as const;

export const localeOptions = () => LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

export function RegisterPage() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const me = useAccountQuery();
  const onSignedIn = useOnSignedIn();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);

  const register = useMutation(
    trpc.account.register.mutationOptions({
      onSuccess: (account) => {
        onSignedIn(account);
        void navigate(shellPaths.web.myPage, { state: { flash: 'account.web.register.done' } satisfies FlashState });
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.reset();
    const form = new FormData(event.currentTarget);
    const input = {
      name: text(form.get('name')),
      email: text(form.get('email')),
      password: text(form.get('password')),
      locale: text(form.get('locale')),
    };
    const errors = validateWith(registerInput, input, t);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) register.mutate(input as Parameters<typeof register.mutate>[0]);
  };

  const serverErrors = fieldErrorsOf(register.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: register.error ? serverErrors : clientErrors }, FIELDS);
  const failure = register.isError && Object.keys(serverErrors).length === 0 ? errorMessage(register.error, t) : null;

  return (
    <Page title={t('account.web.register.title')}>
      {me.data ? (
        <Paragraph>
          {t('account.web.register.already', { name: me.data.name })}{' '}
          <DsLink asChild>
            <Link to={shellPaths.web.myPage}>{t('web.nav.myPage')}</Link>
          </DsLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('account.web.register.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="kp-stack kp-form">
        <FormErrorSummary errors={errors} />
        <FormStatus failure={failure} />
        <TextField
          name="name"
          label={t('account.web.field.name')}
          autoComplete="name"
          error={errorFor('name')}
          required
          maxLength={120}
        />
        <TextField
          name="email"
          type="email"
          label={t('account.web.field.email')}
          description={t('account.web.field.emailHint')}
          autoComplete="email"
          error={errorFor('email')}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t('account.web.field.password')}
          // The rule is said before the person types, not only after a failed attempt.
          description={t('account.web.field.passwordRule')}
          autoComplete="new-password"
          error={errorFor('password')}
          required
        />
        <SelectField
          name="locale"
          label={t('account.web.field.locale')}
          description={t('account.web.field.localeHint')}
          defaultValue={locale}
          placeholder={false}
          options={localeOptions()}
          error={errorFor('locale')}
        />
        <div>
          <Button type="submit" loading={register.isPending}>
            {t('account.web.register.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        {t('account.web.register.haveAccount')}{' '}
        <DsLink asChild>
          <Link to={shellPaths.web.signIn}>{t('account.web.register.signInLink')}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
