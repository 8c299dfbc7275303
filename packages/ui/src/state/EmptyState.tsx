import type { ReactNode } from 'react';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';

export interface EmptyStateProps {
  title?: string;
  /** Defaults to "Det er ingenting her ennå." */
  message?: string;
  /** A next step, e.g. a button "Skriv et praksiseksempel". */
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}

/** A list or search with nothing in it: say so plainly, and offer the next step if there is one. */
export function EmptyState({ title, message, action, headingLevel = 2 }: EmptyStateProps) {
  const { t } = useI18n();
  return (
    <div className="kp-state kp-state--empty">
      {title ? (
        <Heading level={headingLevel} data-size="xs">
          {title}
        </Heading>
      ) : null}
      <Paragraph>{message ?? t('ui.empty.default')}</Paragraph>
      {action}
    </div>
  );
}
