import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '@knutepunkt/ui';
import { Section } from '../../components/Section.tsx';
import { describeError } from '../../errors.ts';
import { useTRPC } from '../../trpc.ts';

/**
 * "Send lenke for nytt passord" on a person's page (docs/adr/0015): the message goes to the
 * person's outbox, the server audits it, and the admin may be asked for their password first.
 */
export function PersonPasswordReset({ userId, onSent }: { userId: string; onSent: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const send = useMutation(
    trpc.passwordReset.send.mutationOptions({
      onSuccess: (result) => onSent(t('password-reset.admin.sent', { email: result.email })),
    }),
  );
  return (
    <Section title={t('password-reset.admin.heading')}>
      <Paragraph data-size="sm">{t('password-reset.admin.hint')}</Paragraph>
      <div role="alert">
        {send.error ? (
          <Alert data-color="danger" data-size="sm">
            <Paragraph>{describeError(send.error, t).message}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <div>
        <Button
          type="button"
          variant="secondary"
          aria-disabled={send.isPending || undefined}
          onClick={() => {
            if (!send.isPending) send.mutate({ userId });
          }}
        >
          {t('password-reset.admin.send')}
        </Button>
      </div>
    </Section>
  );
}
