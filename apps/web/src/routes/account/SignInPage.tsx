import type { FormEvent } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { passwordResetPaths, shellPaths, signInInput } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import type { FlashState } from '../../components/Flash.tsx';
import { NEXT_PARAM, safeNext } from '../../components/next.ts';
import { Page } from '../../components/Page.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { EmailField, PasswordField } from './AccountFields.tsx';
import { useOnSignedIn } from './use-signed-in.ts';
import { ProviderSignIn } from '../sign-in-methods/ProviderSignIn.tsx';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM), shellPaths.web.myPage);
  const me = useAccountQuery();
  const onSignedIn = useOnSignedIn();

  const signIn = useMutation(
    trpc.account.signIn.mutationOptions({
      onSuccess: (account) => {
        onSignedIn(account);
        void navigate(next, { replace: true, state: { flash: 'account.web.signIn.done' } satisfies FlashState });
      },
    }),
  );

  // Wrong password and "too many attempts" belong to no single field: `failure` shows them as one alert.
  const { check, errors, errorFor, failure } = useCheckedForm(signIn, signInInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: text(form.get('email')), password: text(form.get('password')) };
    if (check(input)) signIn.mutate(input);
  };

  return (
    <Page title={t('account.web.signIn.title')} meta={{ noindex: true }}>
      {me.data ? <Paragraph>{t('account.web.signIn.already', { name: me.data.name })}</Paragraph> : null}
      <ProviderSignIn next={next} />
      <CheckedForm
        onSubmit={onSubmit}
        errors={errors}
        failure={failure}
        submitLabel={t('account.web.signIn.submit')}
        pending={signIn.isPending}
      >
        <EmailField error={errorFor('email')} />
        <PasswordField name="password" label="account.web.field.password" error={errorFor('password')} />
      </CheckedForm>
      <Paragraph>
        {t('account.web.signIn.noAccount')}{' '}
        <DsLink asChild>
          <Link to={shellPaths.web.register}>{t('account.web.signIn.registerLink')}</Link>
        </DsLink>
      </Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to={passwordResetPaths.web.forgot}>{t('password-reset.web.forgotLink')}</Link>
        </DsLink>{' '}
        {t('account.web.signIn.forgot')}
      </Paragraph>
    </Page>
  );
}
