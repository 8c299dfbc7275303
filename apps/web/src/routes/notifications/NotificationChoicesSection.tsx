import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CHOOSABLE_CATEGORIES,
  DELIVERY_CHOICES,
  NOTIFICATION_CHOICES_ANCHOR,
  type DeliveryChoice,
  type NotificationChoices,
  notificationChoicesInput,
} from '@knutepunkt/domain';
import { ErrorState, Loading, RadioField, fieldId, useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { errorMessage } from '../../components/errors.ts';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';

/**
 * Min side: per kind of notification, one e-mail each, a daily digest or none (docs/adr/0017).
 * Security messages always come; they are shown as such, not as a choice. The heading's id is the
 * anchor e-mails link to (`/min-side#varsler`).
 */
export function NotificationChoicesSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const choices = useQuery(trpc.notifications.choices.queryOptions());
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.notifications.setChoices.mutationOptions({
      onSuccess: (updated) => {
        queryClient.setQueryData(trpc.notifications.choices.queryKey(), updated);
        setSaved(true);
      },
    }),
  );
  const { check, errors, errorFor, failure } = useCheckedForm(save, notificationChoicesInput, CHOOSABLE_CATEGORIES);
  const heading = useRef<HTMLHeadingElement>(null);

  // Coming from an e-mail's link: the section appears only once the page has loaded, after the browser looked for it.
  useEffect(() => {
    if (choices.data && window.location.hash === `#${NOTIFICATION_CHOICES_ANCHOR}`) heading.current?.scrollIntoView();
  }, [choices.data]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const input = Object.fromEntries(
      CHOOSABLE_CATEGORIES.map((category) => [category, text(form.get(category)) as DeliveryChoice]),
    ) as NotificationChoices;
    if (check(input)) save.mutate(input);
  };

  return (
    <section aria-labelledby={NOTIFICATION_CHOICES_ANCHOR} className="kp-stack">
      <Heading level={2} data-size="sm" id={NOTIFICATION_CHOICES_ANCHOR} ref={heading} tabIndex={-1}>
        {t('notifications.web.heading')}
      </Heading>
      {choices.isPending ? <Loading label={t('notifications.web.loading')} /> : null}
      {choices.isError ? (
        <ErrorState headingLevel={3} message={errorMessage(choices.error, t)} onRetry={() => void choices.refetch()} />
      ) : null}
      {choices.data ? (
        <CheckedForm
          onSubmit={onSubmit}
          errors={errors}
          success={saved ? t('notifications.web.saved') : null}
          failure={failure}
          submitLabel={t('notifications.web.save')}
          pending={save.isPending}
          intro={<Paragraph>{t('notifications.web.intro')}</Paragraph>}
        >
          {CHOOSABLE_CATEGORIES.map((category) => (
            <Fieldset key={category} className="kp-checkbox-group">
              <Fieldset.Legend>{t(`notifications.category.${category}`)}</Fieldset.Legend>
              {DELIVERY_CHOICES.map((choice) => (
                <RadioField
                  key={choice}
                  // The first of a group has the field's id, which the error summary links to.
                  id={choice === DELIVERY_CHOICES[0] ? fieldId(category) : `varsel-${category}-${choice}`}
                  name={category}
                  value={choice}
                  label={t(`notifications.web.choice.${choice}`)}
                  defaultChecked={choices.data[category] === choice}
                  error={choice === DELIVERY_CHOICES[DELIVERY_CHOICES.length - 1] ? errorFor(category) : undefined}
                  onChange={() => setSaved(false)}
                />
              ))}
            </Fieldset>
          ))}
          <Fieldset className="kp-checkbox-group">
            <Fieldset.Legend>{t('notifications.category.security')}</Fieldset.Legend>
            <Fieldset.Description>{t('notifications.web.security.explanation')}</Fieldset.Description>
            <RadioField
              id="varsel-security-immediate"
              name="security"
              value="immediate"
              label={t('notifications.web.security.always')}
              checked
              disabled
              readOnly
            />
          </Fieldset>
        </CheckedForm>
      ) : null}
    </section>
  );
}
