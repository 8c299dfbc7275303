import { useEffect, useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useNavigate } from 'react-router';
import type { WebMessageKey } from '@knutepunkt/domain/i18n/web';
import { useI18n } from '@knutepunkt/ui';

/** Navigation state that carries a message to show on the next page ("Du er logget ut"). */
export interface FlashState {
  flash?: string;
}

/**
 * A confirmation after an action that moved the person to another page. The status region is
 * always in the page, so screen readers announce the text when it appears. The message stays
 * until the person goes to another page, and is taken out of the history entry at once, so a
 * reload or the back button does not say it again.
 */
export function Flash() {
  const { t, isMessageKey } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [shown, setShown] = useState<{ key: WebMessageKey; path: string } | null>(null);
  const flash = (location.state as FlashState | null)?.flash;

  useEffect(() => {
    if (!flash || !isMessageKey(flash)) return;
    setShown({ key: flash, path: location.pathname });
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: null, preventScrollReset: true });
  }, [flash, isMessageKey, location.pathname, location.search, navigate]);

  const message = shown && shown.path === location.pathname ? shown.key : null;
  return (
    <div role="status" className="kp-flash">
      {message ? (
        <Alert data-color="success">
          <Paragraph>{t(message)}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
