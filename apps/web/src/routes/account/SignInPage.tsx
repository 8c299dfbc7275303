import { useState, type FormEvent } from 'react';
import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { shellPaths, signInInput } from '@knutepunkt/domain';
import { FormErrorSummary, TextField, useFormErrors, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import type { FlashState } from '../../components/Flash.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { NEXT_PARAM, safeNext } from '../../components/next.ts';
import { Page } from '../../components/Page.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { text, validateWith } from '../../components/validate.ts';
import { fieldErrorsOf, useTRPC } from '../../trpc.ts';
import { useOnSignedIn } from './use-signed-in.ts';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM), shellPaths.web.myPage);
  const me = useAccountQuery();
  const onSignedIn = useOnSignedIn();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);

  const signIn = useMutation(
    trpc.account.signIn.mutationOptions({
      onSuccess: (account) => {
        onSignedIn(account);
        void navigate(next, { replace: true, state: { flash: 'account.web.signIn.done' } satisfies FlashState });
      },
    }),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.reset();
    const form = new FormData(event.currentTarget);
    const input = { email: text(form.get('email')), password: text(form.get('password')) };
    const errors = validateWith(signInInput, input, t);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) signIn.mutate(input);
  };

  const serverErrors = fieldErrorsOf(signIn.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: signIn.error ? serverErrors : clientErrors }, FIELDS);
  // Wrong password and "too many attempts" belong to no single field: shown as one alert.
  const failure = signIn.isError && Object.keys(serverErrors).length === 0 ? errorMessage(signIn.error, t) : null;

  return (
    <Page title={t('account.web.signIn.title')}>
      {me.data ? <Paragraph>{t('account.web.signIn.already', { name: me.data.name })}</Paragraph> : null}
      <form onSubmit={onSubmit} noValidate className="kp-stack kp-form">
        <FormErrorSummary errors={errors} />
        <FormStatus failure={failure} />
        <TextField
          name="email"
          type="email"
          label={t('account.web.field.email')}
          autoComplete="email"
          error={errorFor('email')}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t('account.web.field.password')}
          autoComplete="current-password"
          error={errorFor('password')}
          required
        />
        <div>
          <Button type="submit" loading={signIn.isPending}>
            {t('account.web.signIn.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        {t('account.web.signIn.noAccount')}{' '}
        <DsLink asChild>
          <Link to={shellPaths.web.register}>{t('account.web.signIn.registerLink')}</Link>
        </DsLink>
      </Paragraph>
      <Paragraph data-size="sm">{t('account.web.signIn.forgot')}</Paragraph>
    </Page>
  );
}
