import { Spinner } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';

export interface LoadingProps {
  /** What is loading ("Laster inn møter …"); defaults to "Laster inn …". */
  label?: string;
  /** Show the text beside the spinner too, not only to screen readers. */
  showLabel?: boolean;
}

/**
 * A spinner in a polite status region. The text is real text in the region (the spinner itself
 * is hidden from assistive technology), so screen readers say what is happening.
 */
export function Loading({ label, showLabel = false }: LoadingProps) {
  const { t } = useI18n();
  const text = label ?? t('ui.loading');
  return (
    <div role="status" className="kp-state kp-state--loading">
      <Spinner aria-hidden="true" data-size="md" />
      {showLabel ? <span>{text}</span> : <VisuallyHidden>{text}</VisuallyHidden>}
    </div>
  );
}
