import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';

export interface ErrorStateProps {
  /** Defaults to "Noe gikk galt". */
  title?: string;
  /** What went wrong, in words the user can act on (the server sends translated messages). */
  message?: string;
  /** Shows a "Prøv igjen" button when given. */
  onRetry?: () => void;
  retryLabel?: string;
  /** Level of the title heading; pick one that fits the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A failed load, shown in place of the content. role="alert" because it replaces content
 * the user was waiting for: a screen reader would otherwise not notice the change.
 */
export function ErrorState({ title, message, onRetry, retryLabel, headingLevel = 2 }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <Alert data-color="danger" role="alert" className="kp-state">
      <Heading level={headingLevel} data-size="xs">
        {title ?? t('ui.error.title')}
      </Heading>
      {message ? <Paragraph>{message}</Paragraph> : null}
      {onRetry ? (
        <Button type="button" variant="secondary" onClick={onRetry}>
          {retryLabel ?? t('ui.error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
