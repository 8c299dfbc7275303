import { useRef, useState } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import type { SnapshotSession } from '@knutepunkt/domain';
import { Loading, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { signInHref } from '../../components/next.ts';
import { useAccountQuery } from '../../components/use-account.ts';
import { useTRPC } from '../../trpc.ts';

/**
 * A workshop's sign-up on its session page (docs/adr/0023): places left, «Meld deg på» (a place
 * or the waiting list, decided by the server under the session's lock), one's waiting-list
 * place and «Meld av». Nothing for a session without places. The state is asked afresh in the
 * browser (places change with every sign-up); the outcome is announced and takes the focus.
 */
export function SessionSignup({ slug, session }: { slug: string; session: SnapshotSession }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const me = useAccountQuery();
  const [done, setDone] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const input = { slug, number: session.number };
  const state = useQuery({
    ...trpc.conference.signupState.queryOptions(input),
    enabled: session.capacity !== null,
    staleTime: 0,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.conference.signupState.pathFilter()),
      queryClient.invalidateQueries(trpc.conference.mySignups.pathFilter()),
    ]);
  const announce = (message: string) => {
    setDone(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const signUp = useMutation(
    trpc.conference.signUp.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        announce(
          result.status === 'confirmed'
            ? t('conference.web.signup.youConfirmed')
            : t('conference.web.signup.youWaiting', { place: result.waitingPlace ?? 1 }),
        );
      },
    }),
  );
  const cancel = useMutation(
    trpc.conference.cancelSignup.mutationOptions({
      onSuccess: async () => {
        await refresh();
        announce(t('conference.web.signup.cancelled'));
      },
    }),
  );
  if (session.capacity === null) return null;

  const data = state.data;
  const account = me.data ?? null;
  const failed = signUp.error ?? cancel.error;
  let body;
  if (!data || me.isPending) body = <Loading />;
  else if (data.mine)
    body = (
      <>
        <Paragraph>
          <strong>
            {data.mine.status === 'confirmed'
              ? t('conference.web.signup.youConfirmed')
              : t('conference.web.signup.youWaiting', { place: data.mine.waitingPlace ?? 1 })}
          </strong>
        </Paragraph>
        {data.open ? (
          <div>
            <Button type="button" variant="secondary" onClick={() => cancel.mutate(input)} aria-busy={cancel.isPending}>
              {t('conference.web.signup.cancel')}
            </Button>
          </div>
        ) : null}
      </>
    );
  else if (!data.open) body = <Paragraph>{t('conference.web.signup.closed')}</Paragraph>;
  else if (!account)
    body = (
      <Paragraph>
        <DsLink asChild>
          <Link to={signInHref(location.pathname)}>{t('conference.web.signup.signIn')}</Link>
        </DsLink>
      </Paragraph>
    );
  else
    body = (
      <div>
        <Button type="button" onClick={() => signUp.mutate(input)} aria-busy={signUp.isPending}>
          {data.seatsLeft === 0 ? t('conference.web.signup.joinWaiting') : t('conference.web.signup.signUp')}
        </Button>
      </div>
    );

  return (
    <section aria-labelledby="session-signup-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="sm" id="session-signup-heading">
        {t('conference.web.signup.heading')}
      </Heading>
      {data && data.capacity !== null ? (
        <Paragraph>
          {data.seatsLeft === 0
            ? t('conference.web.signup.full', { capacity: data.capacity, waiting: data.waiting })
            : t('conference.web.signup.placesLeft', { left: data.seatsLeft ?? 0, capacity: data.capacity })}
        </Paragraph>
      ) : null}
      <div ref={statusRef} tabIndex={-1} className="kp-focus-target">
        <FormStatus success={done} failure={failed ? errorMessage(failed, t) : null} />
      </div>
      {body}
    </section>
  );
}
