import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { isOidcFailure, oidcRoutes } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../../trpc.ts';

/**
 * On the sign-in page: a button per configured provider (none configured: nothing), and why a
 * sign-in through one was refused when the server sends the person back with `?oidc=<reason>`.
 * The buttons are plain links: the server's /auth/oidc/:id/start sends the browser on.
 */
export function ProviderSignIn({ next }: { next: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const providers = useQuery(trpc.signInMethods.providers.queryOptions());
  const failure = params.get('oidc');
  const list = providers.data ?? [];
  return (
    <>
      {isOidcFailure(failure) ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`sign-in-methods.web.failed.${failure}`)}</Paragraph>
        </Alert>
      ) : null}
      {list.length > 0 ? (
        <div className="kp-stack">
          {list.map((provider) => (
            <Button key={provider.id} asChild variant="secondary">
              <a href={`${oidcRoutes.start(provider.id)}?returnTo=${encodeURIComponent(next)}`}>
                {t('sign-in-methods.web.signInWith', { provider: provider.name })}
              </a>
            </Button>
          ))}
          <Paragraph>{t('sign-in-methods.web.orPassword')}</Paragraph>
        </div>
      ) : null}
    </>
  );
}
