import { useState, type FormEvent } from 'react';
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { completeRegistrationInput, shellPaths } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { Page } from '../../components/Page.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { EmailField, NameField } from '../account/AccountFields.tsx';

const FIELDS = ['name', 'email'] as const;

/**
 * "Fullfør registreringen" (docs/adr/0016): the provider (ID-porten, say) gave no e-mail address,
 * so the person gives a name and one, and gets a link there that proves it. The page says the
 * same whether the address has an account or not, as the server does.
 */
export function CompleteRegistrationPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const pending = useQuery(trpc.signInMethods.pendingCompletion.queryOptions());
  const [sentTo, setSentTo] = useState<string | null>(null);
  const complete = useMutation(trpc.signInMethods.completeRegistration.mutationOptions());
  const { check, errors, errorFor, failure } = useCheckedForm(complete, completeRegistrationInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const form = new FormData(event.currentTarget);
    const input = { name: text(form.get('name')), email: text(form.get('email')) };
    if (!check(input)) return;
    complete.mutate(input, { onSuccess: () => setSentTo(input.email.trim()) });
  };

  return (
    <Page title={t('sign-in-methods.web.complete.title')} meta={{ noindex: true }}>
      <QueryView query={pending} scope="section">
        {(waiting) =>
          waiting ? (
            <>
              <Paragraph>{t('sign-in-methods.web.complete.intro', { provider: waiting.provider })}</Paragraph>
              <CheckedForm
                onSubmit={onSubmit}
                errors={errors}
                success={sentTo ? t('sign-in-methods.web.complete.sent', { email: sentTo }) : null}
                failure={failure}
                submitLabel={t('sign-in-methods.web.complete.submit')}
                pending={complete.isPending}
              >
                <NameField error={errorFor('name')} defaultValue={waiting.name || undefined} />
                <EmailField error={errorFor('email')} />
              </CheckedForm>
            </>
          ) : (
            <Paragraph>
              {t('sign-in-methods.web.complete.expired')}{' '}
              <DsLink asChild>
                <Link to={shellPaths.web.signIn}>{t('account.web.signIn.title')}</Link>
              </DsLink>
            </Paragraph>
          )
        }
      </QueryView>
    </Page>
  );
}
