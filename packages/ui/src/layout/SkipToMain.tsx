import type { MouseEvent } from 'react';
import { SkipLink } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';

export const MAIN_ID = 'main';

/**
 * The first stop for keyboard users. Designsystemet keeps it hidden until it has focus.
 * The click handler moves focus itself rather than letting the URL change to `#main`:
 * a hash change would reach the apps' router as a navigation.
 */
export function SkipToMain() {
  const { t } = useI18n();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <SkipLink href={`#${MAIN_ID}`} onClick={onClick}>
      {t('ui.skipLink')}
    </SkipLink>
  );
}
