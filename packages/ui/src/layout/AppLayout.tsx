import type { ReactNode } from 'react';
import { Link } from '@digdir/designsystemet-react';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LinkProvider, PlainLink, type LinkComponent } from './link.tsx';
import { PrimaryNav, type NavItem } from './PrimaryNav.tsx';
import { SiteFooter, type FooterLink } from './SiteFooter.tsx';
import { MAIN_ID, SkipToMain } from './SkipToMain.tsx';

export interface AppLayoutProps {
  /** Shown at the top left and links to `homeHref`. */
  siteName: string;
  homeHref?: string;
  navItems?: NavItem[];
  /** Name of the navigation landmark; defaults to "Hovedmeny" in the current language. */
  navLabel?: string;
  /** Sign in / account menu / sign out, placed beside the language switcher. */
  accountActions?: ReactNode;
  footerLinks?: FooterLink[];
  footerContent?: ReactNode;
  /** The apps' router link (see LinkComponent); every link in the layout and below it uses it. */
  linkComponent?: LinkComponent;
  children: ReactNode;
}

/** The frame around every page: skip link, header with navigation, main, footer. */
export function AppLayout({
  siteName,
  homeHref = '/',
  navItems = [],
  navLabel,
  accountActions,
  footerLinks,
  footerContent,
  linkComponent = PlainLink,
  children,
}: AppLayoutProps) {
  const RouterLink = linkComponent;
  return (
    <LinkProvider component={linkComponent}>
      <div className="kp-layout">
        <SkipToMain />
        <header className="kp-header">
          <div className="kp-container kp-header__bar">
            {/* Designsystemet's Link only adds its classes (and focus ring) to our router link. */}
            <Link asChild data-color="neutral" className="kp-header__site">
              <RouterLink href={homeHref}>{siteName}</RouterLink>
            </Link>
            <div className="kp-header__tools">
              {accountActions}
              <LanguageSwitcher />
            </div>
          </div>
          {navItems.length > 0 && (
            <div className="kp-container">
              <PrimaryNav items={navItems} label={navLabel} />
            </div>
          )}
        </header>
        {/* tabIndex -1: the skip link and route changes can move focus here without adding a tab stop. */}
        <main id={MAIN_ID} tabIndex={-1} className="kp-container kp-main">
          {children}
        </main>
        <SiteFooter links={footerLinks}>{footerContent}</SiteFooter>
      </div>
    </LinkProvider>
  );
}
