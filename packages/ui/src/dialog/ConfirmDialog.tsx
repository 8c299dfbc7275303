// Asks before a destructive or weighty action, in a modal dialog that keeps keyboard and screen-reader users in place.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { MAIN_ID } from '../layout/SkipToMain.tsx';

export interface ConfirmDialogProps {
  title: string;
  /** What will happen; a plain string becomes one paragraph. */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for what cannot be undone or takes something away. */
  danger?: boolean;
  pending?: boolean;
  /** The failed attempt's message, shown in the dialog so the person can try again or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes if the button that opened the dialog is gone when it closes. */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * A modal <dialog> (Designsystemet's Dialog): focus is kept inside, Escape cancels. Focus
 * starts on "Avbryt", the safe choice, and returns to the button that opened the dialog when
 * it closes, or, if that button is gone (its row was removed), to `fallbackFocus` (a section
 * heading) or the page's main area.
 * Render it only while it is open: opening is mounting, closing is unmounting.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger = false,
  pending = false,
  error,
  onConfirm,
  onCancel,
  fallbackFocus,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;
  // The opener is whatever had focus when the dialog first rendered, before the dialog takes it.
  if (returnTo.current === null && typeof document !== 'undefined') returnTo.current = document.activeElement;

  useEffect(() => {
    // Runs after Dialog's own effect has opened the dialog (children's effects run first).
    cancelRef.current?.focus();
    const opener = returnTo.current;
    return () => {
      // After the dialog has left the page, or the browser would put focus back on its own.
      setTimeout(() => {
        // Something else took focus meanwhile (the next page's heading): leave it there.
        const active = document.activeElement;
        if (active && active !== document.body && active !== opener) return;
        const target =
          opener instanceof HTMLElement && opener.isConnected
            ? opener
            : (fallback.current?.() ?? document.getElementById(MAIN_ID));
        target?.focus();
      }, 0);
    };
  }, []);

  return (
    <Dialog
      open
      modal
      closeButton={false}
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => onCancel()}
      className="kp-dialog"
    >
      <Heading level={2} data-size="xs" id={titleId}>
        {title}
      </Heading>
      <div id={textId} className="kp-dialog__text">
        {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
      </div>
      {error ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      ) : null}
      <div className="kp-dialog__buttons">
        <Button
          type="button"
          data-color={danger ? 'danger' : undefined}
          onClick={() => !pending && onConfirm()}
          loading={pending}
          aria-disabled={pending || undefined}
        >
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} type="button" variant="secondary" onClick={onCancel}>
          {t('ui.dialog.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
