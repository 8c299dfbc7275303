import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '@knutepunkt/ui';

/** Each page names itself in the browser tab and in the screen reader's window title (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  const { t } = useI18n();
  const site = t('web.siteName');
  useEffect(() => {
    document.title = title === site ? site : `${title} – ${site}`;
  }, [title, site]);
}

/**
 * True after a client-side navigation (not on the first page load): then the page's h1 takes
 * focus, so a screen reader announces the new page as a full page load would.
 */
export function useNavigatedHere(): boolean {
  return useLocation().key !== 'default';
}
