import { useState, type FormEvent } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { changePasswordInput } from '@knutepunkt/domain';
import { FormErrorSummary, TextField, useFormErrors, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';
import { FormStatus } from '../../components/FormStatus.tsx';
import { text, validateWith } from '../../components/validate.ts';
import { fieldErrorsOf, useTRPC } from '../../trpc.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change the password; the server ends the account's other sessions when it does. */
export function PasswordSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [changed, setChanged] = useState(false);
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    change.reset();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { currentPassword: text(form.get('currentPassword')), newPassword: text(form.get('newPassword')) };
    const errors = validateWith(changePasswordInput, input, t);
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) return;
    change.mutate(input, {
      onSuccess: () => {
        // Passwords do not stay on screen after use.
        formElement.reset();
        setChanged(true);
      },
    });
  };

  const serverErrors = fieldErrorsOf(change.error);
  const { errors, errorFor } = useFormErrors({ fieldErrors: change.error ? serverErrors : clientErrors }, FIELDS);
  const failure = change.isError && Object.keys(serverErrors).length === 0 ? errorMessage(change.error, t) : null;

  return (
    <section aria-labelledby="password-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="password-heading">
        {t('account.web.password.heading')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="kp-stack kp-form">
        <FormErrorSummary errors={errors} />
        <FormStatus success={changed ? t('account.web.password.changed') : null} failure={failure} />
        <TextField
          name="currentPassword"
          type="password"
          label={t('account.web.password.current')}
          autoComplete="current-password"
          error={errorFor('currentPassword')}
          required
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('account.web.password.new')}
          description={t('account.web.field.passwordRule')}
          autoComplete="new-password"
          error={errorFor('newPassword')}
          required
        />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('account.web.password.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
