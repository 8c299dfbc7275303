import { Link } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { useLinkComponent } from './link.tsx';

export interface NavItem {
  href: string;
  label: string;
  /** The page the user is on: announced as "current page" and shown in bold with a thick underline. */
  current?: boolean;
}

export interface PrimaryNavProps {
  items: NavItem[];
  /** The landmark's name; defaults to "Hovedmeny" in the current language. */
  label?: string;
}

/** The site's main navigation: a plain list of links that wraps onto more lines on narrow screens. */
export function PrimaryNav({ items, label }: PrimaryNavProps) {
  const { t } = useI18n();
  const RouterLink = useLinkComponent();
  return (
    <nav aria-label={label ?? t('ui.nav.primary')} className="kp-nav">
      <ul className="kp-nav__list">
        {items.map((item) => (
          <li key={item.href}>
            <Link asChild data-color="neutral" className="kp-nav__link">
              <RouterLink href={item.href} aria-current={item.current ? 'page' : undefined}>
                {item.label}
              </RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
