import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';
import { ConfirmDialog, QueryView, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { useTRPC } from '../../trpc.ts';

const day = (value: string | Date, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(value));

/** On Min side: the sign-in methods linked to the account (docs/adr/0016), each removable but the last way in. */
export function SignInMethodsSection() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const methods = useQuery(trpc.signInMethods.list.queryOptions());
  const [asking, setAsking] = useState<{ id: string; providerName: string } | null>(null);
  const [removed, setRemoved] = useState(false);
  const remove = useMutation(
    trpc.signInMethods.remove.mutationOptions({
      onSuccess: async () => {
        setAsking(null);
        setRemoved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.signInMethods.list.queryKey() });
      },
    }),
  );

  return (
    <section aria-labelledby="sign-in-methods-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="sign-in-methods-heading">
        {t('sign-in-methods.web.section.title')}
      </Heading>
      <FormStatus success={removed ? t('sign-in-methods.web.section.removed') : null} />
      <QueryView query={methods} scope="section" headingLevel={3}>
        {({ methods: list }) =>
          list.length === 0 ? (
            <Paragraph>{t('sign-in-methods.web.section.none')}</Paragraph>
          ) : (
            <ul className="kp-stack">
              {list.map((m) => (
                <li key={m.id}>
                  <Paragraph>
                    <strong>{m.providerName}</strong>
                    {': '}
                    {t('sign-in-methods.web.section.linked', { date: day(m.createdAt, locale) })}
                    {', '}
                    {m.lastUsedAt
                      ? t('sign-in-methods.web.section.lastUsed', { date: day(m.lastUsedAt, locale) })
                      : t('sign-in-methods.web.section.neverUsed')}
                  </Paragraph>
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    onClick={() => {
                      remove.reset();
                      setRemoved(false);
                      setAsking({ id: m.id, providerName: m.providerName });
                    }}
                  >
                    {t('sign-in-methods.web.section.remove', { provider: m.providerName })}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {asking ? (
        <ConfirmDialog
          title={t('sign-in-methods.web.section.remove', { provider: asking.providerName })}
          confirmLabel={t('sign-in-methods.web.section.remove', { provider: asking.providerName })}
          danger
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error, t) : null}
          onConfirm={() => remove.mutate({ identityId: asking.id })}
          onCancel={() => setAsking(null)}
          fallbackFocus={() => document.getElementById('sign-in-methods-heading')}
        >
          {t('sign-in-methods.web.section.confirmRemove', { provider: asking.providerName })}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
