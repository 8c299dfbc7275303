import type { FormEvent } from 'react';
import { Alert, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { RESET_TOKEN_PARAM, passwordResetInput, passwordResetPaths, shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import type { FlashState } from '../../components/Flash.tsx';
import { Page } from '../../components/Page.tsx';
import { PageError, PageLoading } from '../../components/PageStates.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { useHydrating } from '../../components/use-hydrating.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { PasswordField } from '../account/AccountFields.tsx';
import { useOnSignedIn } from '../account/use-signed-in.ts';

const FIELDS = ['password', 'passwordAgain'] as const;

/** "This link no longer works", with the way to a new one. */
function LinkRefused() {
  const { t } = useI18n();
  return (
    <>
      <Alert data-color="danger" role="alert">
        <Paragraph>{t('password-reset.error.invalidToken')}</Paragraph>
      </Alert>
      <Paragraph>
        <DsLink asChild>
          <Link to={passwordResetPaths.web.forgot}>{t('password-reset.web.askAgain')}</Link>
        </DsLink>
      </Paragraph>
    </>
  );
}

/**
 * The page a reset link opens: the new password twice. Once saved, every session of the account
 * has ended and this device is signed in with a new one; the person lands on Min side.
 */
export function ResetPasswordPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const onSignedIn = useOnSignedIn();
  const [params] = useSearchParams();
  const token = params.get(RESET_TOKEN_PARAM) ?? '';
  const hasToken = token.length > 0 && token.length <= 100;

  // Asked in the browser only: the server renders this page without the token's state, so no
  // rendered (and cached) page says whether a link works (docs/adr/0015).
  const hydrating = useHydrating();
  const checked = useQuery({
    ...trpc.passwordReset.check.queryOptions({ token }),
    enabled: hasToken && !hydrating,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
  const reset = useMutation(
    trpc.passwordReset.reset.mutationOptions({
      onSuccess: (account) => {
        onSignedIn(account);
        void navigate(shellPaths.web.myPage, {
          replace: true,
          state: { flash: 'password-reset.web.reset.done' } satisfies FlashState,
        });
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(reset, passwordResetInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { token, password: text(form.get('password')), passwordAgain: text(form.get('passwordAgain')) };
    if (check(input)) reset.mutate(input);
  };

  let body;
  // While hydrating, what the server rendered: it never sees the token (renderedUrl in apps/server).
  if (hydrating) body = <PageLoading />;
  else if (!hasToken || checked.data?.usable === false) body = <LinkRefused />;
  else if (checked.isPending) body = <PageLoading />;
  else if (checked.isError) body = <PageError error={checked.error} onRetry={() => void checked.refetch()} />;
  else {
    body = (
      <>
        <Paragraph>{t('password-reset.web.reset.intro')}</Paragraph>
        <CheckedForm
          onSubmit={onSubmit}
          errors={errors}
          failure={failure}
          submitLabel={t('password-reset.web.reset.submit')}
          pending={reset.isPending}
        >
          <PasswordField name="password" label="password-reset.web.reset.password" isNew error={errorFor('password')} />
          <PasswordField
            name="passwordAgain"
            label="password-reset.web.reset.passwordAgain"
            isNew
            error={errorFor('passwordAgain')}
          />
        </CheckedForm>
        {failure ? (
          <Paragraph>
            <DsLink asChild>
              <Link to={passwordResetPaths.web.forgot}>{t('password-reset.web.askAgain')}</Link>
            </DsLink>
          </Paragraph>
        ) : null}
      </>
    );
  }

  return (
    <Page title={t('password-reset.web.reset.title')} meta={{ noindex: true }}>
      {body}
    </Page>
  );
}
