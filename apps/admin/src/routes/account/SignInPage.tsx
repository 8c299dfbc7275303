import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { TextField, useI18n } from '@knutepunkt/ui';
import { safeNext } from '../../account.ts';
import { FormErrors, useFieldErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { webAppUrl } from '../../config.ts';
import { useTRPC } from '../../trpc.ts';

const FIELDS = ['email', 'password'] as const;

/** /logg-inn: e-mail and password, then back to the page that asked for it (`?neste=`). */
export function SignInPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('neste'));
  const me = useQuery(trpc.account.me.queryOptions());
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const signIn = useMutation(
    trpc.account.signIn.mutationOptions({
      onSuccess: (account) => {
        // Nothing cached from before belongs to this person.
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.account.me.queryKey(), account);
        void navigate(next, { replace: true });
      },
    }),
  );
  const errorFor = useFieldErrors(signIn.error);

  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!signIn.isPending) signIn.mutate({ email, password });
  };

  return (
    <Page title={t('account.admin.signIn.title')} lead={<Paragraph>{t('account.admin.signIn.intro')}</Paragraph>}>
      <form onSubmit={onSubmit} noValidate className="kp-form kp-form--narrow">
        <FormErrors
          error={signIn.error}
          order={FIELDS}
          labels={{ email: t('account.admin.signIn.email'), password: t('account.admin.signIn.password') }}
        />
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          label={t('account.admin.signIn.email')}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errorFor('email')}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('account.admin.signIn.password')}
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor('password')}
        />
        <div>
          <Button type="submit" loading={signIn.isPending}>
            {t('account.admin.signIn.submit')}
          </Button>
        </div>
      </form>
      <Paragraph>
        {t('account.admin.signIn.memberHint')} <Link href={webAppUrl()}>{t('admin.noAccess.webApp')}</Link>
      </Paragraph>
    </Page>
  );
}
