import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { PageHeading, useI18n } from '@knutepunkt/ui';

/** Sets the browser tab's title: the page first, then the site, as screen readers announce it. */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} – ${t('admin.siteName')}`;
  }, [title, t]);
}

/**
 * True after a navigation inside the app: then the new page's h1 takes focus,
 * so a screen reader announces the page as a full load would. On the first
 * load focus stays at the top of the document.
 */
export function useFocusOnNavigation(): boolean {
  return useLocation().key !== 'default';
}

export interface PageProps {
  title: string;
  /** A short text under the heading. */
  lead?: ReactNode;
  /** Buttons or links beside the heading ("Ny organisasjon"). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page: its h1, the tab title, and the content. */
export function Page({ title, lead, actions, children }: PageProps) {
  usePageTitle(title);
  const focus = useFocusOnNavigation();
  return (
    <div className="kp-stack kp-page">
      <div className="kp-page__head">
        <PageHeading focusOnMount={focus}>{title}</PageHeading>
        {actions ? <div className="kp-page__actions">{actions}</div> : null}
      </div>
      {lead ? <div className="kp-page__lead">{lead}</div> : null}
      {children}
    </div>
  );
}
