import type { FormEvent } from 'react';
import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { confirmLinkInput, shellPaths } from '@knutepunkt/domain';
import { QueryView, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import type { FlashState } from '../../components/Flash.tsx';
import { safeNext } from '../../components/next.ts';
import { Page } from '../../components/Page.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { PasswordField } from '../account/AccountFields.tsx';
import { useOnSignedIn } from '../account/use-signed-in.ts';

const FIELDS = ['password'] as const;

/**
 * "Koble til eksisterende konto": the provider's e-mail address belongs to an account, so the
 * person proves they own it with its password before the sign-in is linked (docs/adr/0016).
 */
export function LinkAccountPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const onSignedIn = useOnSignedIn();
  const pending = useQuery(trpc.signInMethods.pendingLink.queryOptions());
  const confirm = useMutation(
    trpc.signInMethods.confirmLink.mutationOptions({
      onSuccess: ({ account, returnTo }) => {
        onSignedIn(account);
        void navigate(safeNext(returnTo, shellPaths.web.myPage), {
          replace: true,
          state: { flash: 'account.web.signIn.done' } satisfies FlashState,
        });
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(confirm, confirmLinkInput, FIELDS);
  // "Send meg en lenke": the account's mailbox as the proof instead of its password.
  const sendLink = useMutation(trpc.signInMethods.sendLink.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { password: text(new FormData(event.currentTarget).get('password')) };
    if (check(input)) confirm.mutate(input);
  };

  return (
    <Page title={t('sign-in-methods.web.link.title')} meta={{ noindex: true }}>
      <QueryView query={pending} scope="section">
        {(link) =>
          link ? (
            <>
              <Paragraph>{t('sign-in-methods.web.link.intro', link)}</Paragraph>
              <CheckedForm
                onSubmit={onSubmit}
                errors={errors}
                failure={failure}
                submitLabel={t('sign-in-methods.web.link.submit')}
                pending={confirm.isPending}
              >
                <PasswordField name="password" label="sign-in-methods.web.link.password" error={errorFor('password')} />
              </CheckedForm>
              <div className="kp-stack">
                <Paragraph>{t('sign-in-methods.web.link.orEmail', link)}</Paragraph>
                <FormStatus
                  success={sendLink.isSuccess ? t('sign-in-methods.web.link.sent', link) : null}
                  failure={sendLink.isError ? errorMessage(sendLink.error, t) : null}
                />
                <div>
                  <Button
                    type="button"
                    variant="secondary"
                    aria-disabled={sendLink.isPending || undefined}
                    onClick={() => {
                      if (!sendLink.isPending) sendLink.mutate();
                    }}
                  >
                    {t('sign-in-methods.web.link.sendLink')}
                  </Button>
                </div>
              </div>
              <Paragraph>{t('sign-in-methods.web.link.noNewAccount')}</Paragraph>
            </>
          ) : (
            <Paragraph>
              {t('sign-in-methods.web.link.expired')}{' '}
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
