// Offers back text this browser kept but the server never confirmed (from an earlier visit or before a conflict).
import { useEffect, useRef } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { formatClock } from './format.ts';
import type { LocalCopy } from './use-autosave.ts';

export interface EditorRestoreOfferProps {
  copy: LocalCopy;
  /** The copy was written on top of an older version than the one on the server. */
  stale: boolean;
  /** Take focus (after "Last inn den nyeste versjonen", when the person is far down the form). */
  focus: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}

/** The offer to bring back text this browser kept but the server never confirmed. */
export function EditorRestoreOffer({ copy, stale, focus, onRestore, onDiscard }: EditorRestoreOfferProps) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <Alert data-color="warning" className="kp-banner">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1} className="kp-focus-target">
        {t('practice.web.restore.heading')}
      </Heading>
      <Paragraph>{t('practice.web.restore.text', { time: formatClock(copy.at, locale) })}</Paragraph>
      {stale ? <Paragraph>{t('practice.web.restore.stale')}</Paragraph> : null}
      <div className="kp-actions">
        <Button type="button" onClick={onRestore}>
          {t('practice.web.restore.restore')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDiscard}>
          {t('practice.web.restore.discard')}
        </Button>
      </div>
    </Alert>
  );
}
