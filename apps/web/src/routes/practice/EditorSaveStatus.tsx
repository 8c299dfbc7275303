// Tells how autosave is doing ("Lagret 14:02"), and on a conflict says so loudly and offers to reload.
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { formatClock } from './format.ts';
import type { AutosaveStatus } from './use-autosave.ts';

function StatusText({ status }: { status: AutosaveStatus }) {
  const { t, locale } = useI18n();
  switch (status.kind) {
    case 'idle':
      return <>{t('practice.web.autosave.idle')}</>;
    case 'saving':
      return <>{t('practice.web.autosave.saving')}</>;
    case 'saved':
      return <>{t('practice.web.autosave.saved', { time: formatClock(status.at, locale) })}</>;
    case 'retrying':
      return <>{t('practice.web.autosave.retrying')}</>;
    case 'invalid':
      return <>{t('practice.web.autosave.invalid')}</>;
    case 'failed':
      return <>{t('practice.web.autosave.failed', { message: status.message })}</>;
    case 'conflict':
      return <>{t('practice.web.autosave.conflictHeading')}</>;
  }
}

export interface EditorSaveStatusProps {
  status: AutosaveStatus;
  /** Reload the working copy from the server (after a conflict). */
  onReload: () => void;
}

export function EditorSaveStatus({ status, onReload }: EditorSaveStatusProps) {
  const { t } = useI18n();
  return (
    <>
      {status.kind === 'conflict' ? (
        <Alert data-color="danger" role="alert" className="kp-banner">
          <Heading level={2} data-size="xs">
            {t('practice.web.autosave.conflictHeading')}
          </Heading>
          <Paragraph>{status.message}</Paragraph>
          <Paragraph>{t('practice.web.autosave.conflictKept')}</Paragraph>
          <div>
            <Button type="button" onClick={onReload}>
              {t('practice.web.autosave.reload')}
            </Button>
          </div>
        </Alert>
      ) : null}
      {/* Polite: "Lagrer …", "Lagret 14:02" are read out when the person pauses, never interrupting. */}
      <p role="status" aria-live="polite">
        <StatusText status={status} />
      </p>
    </>
  );
}
