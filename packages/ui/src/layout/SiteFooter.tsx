import type { ReactNode } from 'react';
import { Link } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { useLinkComponent } from './link.tsx';

export interface FooterLink {
  href: string;
  label: string;
}

export interface SiteFooterProps {
  /** For example the accessibility statement ("Tilgjengelighetserklæring"), privacy, contact. */
  links?: FooterLink[];
  /** Anything else for the footer: the owner's name, an address. */
  children?: ReactNode;
}

export function SiteFooter({ links = [], children }: SiteFooterProps) {
  const { t } = useI18n();
  const RouterLink = useLinkComponent();
  return (
    <footer className="kp-footer">
      <div className="kp-container kp-footer__inner">
        {links.length > 0 && (
          <nav aria-label={t('ui.nav.footer')}>
            <ul className="kp-footer__links">
              {links.map((link) => (
                <li key={link.href}>
                  <Link asChild data-color="neutral">
                    <RouterLink href={link.href}>{link.label}</RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {children}
      </div>
    </footer>
  );
}
