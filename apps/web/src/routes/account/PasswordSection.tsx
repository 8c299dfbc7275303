import { useState, type FormEvent } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { changePasswordInput } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { CheckedForm } from '../../components/CheckedForm.tsx';
import { useCheckedForm } from '../../components/use-checked-form.ts';
import { text } from '../../components/validate.ts';
import { useTRPC } from '../../trpc.ts';
import { PasswordField } from './AccountFields.tsx';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change the password; the server ends the account's other sessions when it does. */
export function PasswordSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [changed, setChanged] = useState(false);
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const { check, errors, errorFor, failure } = useCheckedForm(change, changePasswordInput, FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { currentPassword: text(form.get('currentPassword')), newPassword: text(form.get('newPassword')) };
    if (!check(input)) return;
    change.mutate(input, {
      onSuccess: () => {
        // Passwords do not stay on screen after use.
        formElement.reset();
        setChanged(true);
      },
    });
  };

  return (
    <section aria-labelledby="password-heading" className="kp-stack">
      <Heading level={2} data-size="sm" id="password-heading">
        {t('account.web.password.heading')}
      </Heading>
      <CheckedForm
        onSubmit={onSubmit}
        errors={errors}
        success={changed ? t('account.web.password.changed') : null}
        failure={failure}
        submitLabel={t('account.web.password.submit')}
        pending={change.isPending}
      >
        <PasswordField
          name="currentPassword"
          label="account.web.password.current"
          error={errorFor('currentPassword')}
        />
        <PasswordField name="newPassword" label="account.web.password.new" isNew error={errorFor('newPassword')} />
      </CheckedForm>
    </section>
  );
}
