import { useState, type FormEvent } from 'react';
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { membershipRequestInput, shellPaths } from '@knutepunkt/domain';
import { TextArea, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { signInHref } from '../../components/next.ts';
import { useAccountQuery } from '../../components/use-account.ts';
import { validateWith } from '../../components/validate.ts';
import { fieldErrorsOf, useTRPC } from '../../trpc.ts';

interface Props {
  organisation: { id: string; name: string };
}

function RequestForm({ organisation, onSent }: Props & { onSent: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const request = useMutation(
    trpc.memberships.request.mutationOptions({
      onSuccess: async () => {
        onSent();
        await queryClient.invalidateQueries(trpc.account.me.queryFilter());
      },
    }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { organisationId: organisation.id, note: note.trim() || undefined };
    const errors = validateWith(membershipRequestInput, input, t);
    setClientError(errors.note);
    if (Object.keys(errors).length === 0) request.mutate(input);
  };

  const serverFieldError = fieldErrorsOf(request.error).note;
  return (
    <form method="post" onSubmit={onSubmit} className="kp-stack" noValidate>
      <TextArea
        name="note"
        label={t('memberships.web.request.note')}
        description={t('memberships.web.request.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={clientError ?? serverFieldError}
        rows={3}
      />
      <FormStatus failure={request.isError && !serverFieldError ? errorMessage(request.error, t) : null} />
      <Button type="submit" loading={request.isPending}>
        {t('memberships.web.request.submit')}
      </Button>
    </form>
  );
}

/**
 * "Jobber du her?": how the signed-in person is linked to this organisation, or a way to ask.
 * An editor of the organisation (or a coordinator) answers the request.
 */
export function MembershipPanel({ organisation }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const me = useAccountQuery();
  const [sent, setSent] = useState(false);
  if (me.isPending || me.isError) return null;

  const membership = me.data?.memberships.find((m) => m.organisation.id === organisation.id);
  let body;
  if (!me.data) {
    body = (
      <>
        <Paragraph>{t('memberships.web.request.signedOut')}</Paragraph>
        <Paragraph>
          <DsLink asChild>
            <Link to={signInHref(location.pathname)}>{t('memberships.web.request.signInLink')}</Link>
          </DsLink>
        </Paragraph>
      </>
    );
  } else if (membership?.status === 'PENDING') {
    body = <Paragraph>{t('memberships.web.request.pending', { name: organisation.name })}</Paragraph>;
  } else if (membership?.status === 'APPROVED') {
    body = (
      <Paragraph>
        {t('memberships.web.request.approved', {
          name: organisation.name,
          role: t(`memberships.role.${membership.role}`).toLowerCase(),
        })}
      </Paragraph>
    );
  } else {
    body = (
      <>
        <Paragraph>
          {membership?.status === 'REJECTED'
            ? t('memberships.web.request.rejectedBefore')
            : t('memberships.web.request.intro', { name: organisation.name })}
        </Paragraph>
        <RequestForm organisation={organisation} onSent={() => setSent(true)} />
      </>
    );
  }

  return (
    <section aria-labelledby="membership-heading" className="kp-panel kp-stack">
      <Heading level={2} data-size="xs" id="membership-heading">
        {membership?.status === 'APPROVED'
          ? t('memberships.web.request.headingLinked')
          : t('memberships.web.request.heading')}
      </Heading>
      <FormStatus success={sent ? t('memberships.web.request.sent') : null} />
      {body}
      {membership ? (
        <Paragraph data-size="sm">
          <DsLink asChild>
            <Link to={shellPaths.web.myPage}>{t('memberships.web.request.myPageLink')}</Link>
          </DsLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
