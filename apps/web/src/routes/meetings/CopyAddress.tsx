import { useId, useState } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';

/**
 * A calendar address to paste into a calendar app: shown in a read-only field (selectable by
 * hand) with a copy button; the outcome is announced in a live status.
 */
export function CopyAddress({ url, label }: { url: string; label: string }) {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('meetings.web.copy.done'));
    } catch {
      // No clipboard (an older browser, or permission refused): the field is there to copy from.
      setStatus(t('meetings.web.copy.failed'));
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="kp-stack">
      <Textfield
        id={id}
        label={label}
        value={url}
        readOnly
        className="kp-break-anywhere"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div>
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t('meetings.web.copy.button')}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm">
        {status}
      </Paragraph>
    </div>
  );
}
