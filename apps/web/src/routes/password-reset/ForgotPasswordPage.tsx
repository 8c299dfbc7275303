import { useState, type FormEvent } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { passwordResetRequestInput, shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { Page } from '../../components/Page.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { EmailField } from '../account/AccountFields.tsx';

const FIELDS = ['email'] as const;

/**
 * Ask for a reset link. The server answers the same whether the address has an account or not
 * (docs/adr/0015), so the page says the same too: "if it has an account, a link is on its way".
 */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation(trpc.passwordReset.request.mutationOptions());
  const { check, errors, errorFor, failure } = useCheckedForm(request, passwordResetRequestInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const form = new FormData(event.currentTarget);
    const input = { email: text(form.get('email')) };
    if (!check(input)) return;
    request.mutate(input, { onSuccess: () => setSentTo(input.email.trim()) });
  };

  return (
    <Page title={t('password-reset.web.forgot.title')} meta={{ noindex: true }}>
      <Paragraph>{t('password-reset.web.forgot.intro')}</Paragraph>
      <CheckedForm
        onSubmit={onSubmit}
        errors={errors}
        success={sentTo ? t('password-reset.web.forgot.sent', { email: sentTo }) : null}
        failure={failure}
        submitLabel={t('password-reset.web.forgot.submit')}
        pending={request.isPending}
      >
        <EmailField error={errorFor('email')} />
      </CheckedForm>
      <Paragraph>
        <DsLink asChild>
          <Link to={shellPaths.web.signIn}>{t('password-reset.web.backToSignIn')}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
