import type { FormEvent } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { registerInput, shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import type { FlashState } from '../../components/Flash.tsx';
import { Page } from '../../components/Page.tsx';
import { useAccountQuery } from '../../components/use-account.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { EmailField, LocaleField, NameField, PasswordField } from './AccountFields.tsx';

const FIELDS = ['name', 'email', 'password', 'locale'] as const;

export function RegisterPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const me = useAccountQuery();

  // The server answers the same whether the address was new or already had an account, and
  // signs nobody in (docs/adr/0013): the person signs in next, on the sign-in page.
  const register = useMutation(
    trpc.account.register.mutationOptions({
      onSuccess: () => {
        void navigate(shellPaths.web.signIn, { state: { flash: 'account.web.register.done' } satisfies FlashState });
      },
    }),
  );

  const { check, errors, errorFor, failure } = useCheckedForm(register, registerInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: text(form.get('name')),
      email: text(form.get('email')),
      password: text(form.get('password')),
      locale: text(form.get('locale')),
    };
    if (check(input)) register.mutate(input as Parameters<typeof register.mutate>[0]);
  };

  return (
    <Page title={t('account.web.register.title')} meta={{ noindex: true }}>
      {me.data ? (
        <Paragraph>
          {t('account.web.register.already', { name: me.data.name })}{' '}
          <DsLink asChild>
            <Link to={shellPaths.web.myPage}>{t('web.nav.myPage')}</Link>
          </DsLink>
        </Paragraph>
      ) : null}
      <Paragraph>{t('account.web.register.intro')}</Paragraph>
      <CheckedForm
        onSubmit={onSubmit}
        errors={errors}
        failure={failure}
        submitLabel={t('account.web.register.submit')}
        pending={register.isPending}
      >
        <NameField error={errorFor('name')} />
        <EmailField error={errorFor('email')} description={t('account.web.field.emailHint')} />
        <PasswordField name="password" label="account.web.field.password" isNew error={errorFor('password')} />
        <LocaleField error={errorFor('locale')} description={t('account.web.field.localeHint')} />
      </CheckedForm>
      <Paragraph>
        {t('account.web.register.haveAccount')}{' '}
        <DsLink asChild>
          <Link to={shellPaths.web.signIn}>{t('account.web.register.signInLink')}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
