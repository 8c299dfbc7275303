import { Button } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { shellPaths } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { useTRPC } from '../trpc.ts';
import type { FlashState } from './Flash.tsx';

/** Signs out, forgets everything fetched as this person, and says so on the front page. */
export function SignOutButton() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation(
    trpc.account.signOut.mutationOptions({
      onSuccess: () => {
        // Nothing fetched while signed in may be shown to the next person at this computer.
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.account.me.queryKey(), null);
        void navigate(shellPaths.web.home, { state: { flash: 'account.web.signOut.done' } satisfies FlashState });
      },
    }),
  );
  return (
    <Button
      type="button"
      variant="secondary"
      data-size="sm"
      onClick={() => signOut.mutate()}
      loading={signOut.isPending}
    >
      {t('account.web.signOut.button')}
    </Button>
  );
}
