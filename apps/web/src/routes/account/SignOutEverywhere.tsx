import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import type { FlashState } from '../../components/Flash.tsx';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useTRPC } from '../../trpc.ts';

/** For a lost phone or a shared computer: end every session of the account, this one too. */
export function SignOutEverywhere() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({
      onSuccess: () => {
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.account.me.queryKey(), null);
        void navigate(shellPaths.web.home, { state: { flash: 'account.web.everywhere.done' } satisfies FlashState });
      },
    }),
  );
  return (
    <section aria-labelledby="everywhere-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="everywhere-heading">
        {t('account.web.everywhere.heading')}
      </Heading>
      <Paragraph>{t('account.web.everywhere.text')}</Paragraph>
      <FormStatus failure={signOut.isError ? errorMessage(signOut.error, t) : null} />
      <div>
        <Button type="button" variant="secondary" onClick={() => signOut.mutate()} loading={signOut.isPending}>
          {t('account.web.everywhere.button')}
        </Button>
      </div>
    </section>
  );
}
