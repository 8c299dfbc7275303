import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { TextField, useI18n } from '@knutepunkt/ui';
import { describeError } from '../errors.ts';
import { setReauthHandler } from '../reauth.ts';
import { useTRPC } from '../trpc.ts';

/**
 * The dialog that asks for the password again before a sensitive action (docs/adr/0015).
 * Mounted once in the app; it opens when the server says the password is too old
 * (../reauth.ts). Focus moves to the password field, Escape or "Avbryt" closes it (the action
 * is then not done), a wrong password is announced in the dialog, and on success the action
 * is retried by itself. Focus returns to where it was.
 */
export function ReauthDialog() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [resolve, setResolve] = useState<((ok: boolean) => void) | null>(null);
  const [password, setPassword] = useState('');
  const returnTo = useRef<Element | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const textId = useId();
  const errorId = useId();
  const confirm = useMutation(trpc.account.confirmPassword.mutationOptions());

  useEffect(() => {
    setReauthHandler(
      () =>
        new Promise<boolean>((done) => {
          returnTo.current = document.activeElement;
          setResolve(() => done);
        }),
    );
    return () => setReauthHandler(null);
  }, []);

  const open = resolve !== null;
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const close = useCallback(
    (ok: boolean) => {
      resolve?.(ok);
      setResolve(null);
      setPassword('');
      confirm.reset();
      const opener = returnTo.current;
      setTimeout(() => {
        if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      }, 0);
    },
    [resolve, confirm],
  );

  if (!open) return null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    confirm.mutate({ password }, { onSuccess: () => close(true) });
  };
  const described = confirm.error ? describeError(confirm.error, t) : null;

  return (
    <Dialog
      open
      modal
      closeButton={false}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => close(false)}
      className="kp-dialog"
    >
      <Heading level={2} data-size="xs" id={titleId}>
        {t('account.admin.reauth.title')}
      </Heading>
      <Paragraph id={textId}>{t('account.admin.reauth.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="kp-stack">
        {/* Always in the page, so a wrong password is announced when it appears; the field points at it. */}
        <div role="alert" id={errorId}>
          {described ? (
            <Alert data-color="danger" data-size="sm">
              <Paragraph>{described.fieldErrors.password ?? described.message}</Paragraph>
            </Alert>
          ) : null}
        </div>
        <TextField
          ref={inputRef}
          name="reauth-password"
          type="password"
          autoComplete="current-password"
          label={t('account.admin.reauth.password')}
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby={described ? errorId : undefined}
        />
        <div className="kp-dialog__buttons">
          <Button type="button" variant="secondary" onClick={() => close(false)}>
            {t('account.admin.reauth.cancel')}
          </Button>
          <Button type="submit" aria-disabled={confirm.isPending || undefined}>
            {t('account.admin.reauth.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
