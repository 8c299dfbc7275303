import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../test/render.tsx';
import { AppLayout } from './AppLayout.tsx';
import type { LinkProps } from './link.tsx';

const navItems = [
  { href: '/praksis', label: 'Praksis' },
  { href: '/samlinger', label: 'Samlinger', current: true },
];

describe('AppLayout', () => {
  it('starts with a skip link that targets #main', () => {
    renderWithI18n(
      <AppLayout siteName="Knutepunkt" navItems={navItems}>
        <p>Innhold</p>
      </AppLayout>,
    );
    const links = screen.getAllByRole('link');
    const skip = links[0];
    expect(skip?.textContent).toBe('Hopp til hovedinnholdet');
    expect(skip?.getAttribute('href')).toBe('#main');
    const main = screen.getByRole('main');
    expect(main.id).toBe('main');
    expect(main.tabIndex).toBe(-1);
  });

  it('moves focus to main when the skip link is used', async () => {
    renderWithI18n(
      <AppLayout siteName="Knutepunkt">
        <p>Innhold</p>
      </AppLayout>,
    );
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Hopp til hovedinnholdet' });
    expect(document.activeElement).toBe(skip);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('marks the current page in a named navigation landmark', () => {
    renderWithI18n(
      <AppLayout siteName="Knutepunkt" navItems={navItems}>
        x
      </AppLayout>,
      { locale: 'en' },
    );
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(nav).getByRole('link', { name: 'Samlinger' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Praksis' }).hasAttribute('aria-current')).toBe(false);
  });

  it("renders every link through the app's link component", async () => {
    const navigate = vi.fn();
    // Stands in for a router Link: navigates without a page load.
    function RouterLink({ href, onClick, children, ...rest }: LinkProps) {
      return (
        <a
          {...rest}
          href={href}
          data-router="yes"
          onClick={(event) => {
            onClick?.(event);
            event.preventDefault();
            navigate(href);
          }}
        >
          {children}
        </a>
      );
    }
    renderWithI18n(
      <AppLayout
        siteName="Knutepunkt"
        navItems={navItems}
        footerLinks={[{ href: '/tilgjengelighet', label: 'Tilgjengelighetserklæring' }]}
        linkComponent={RouterLink}
      >
        x
      </AppLayout>,
    );
    const footer = screen.getByRole('contentinfo');
    await userEvent.click(within(footer).getByRole('link', { name: 'Tilgjengelighetserklæring' }));
    expect(navigate).toHaveBeenCalledWith('/tilgjengelighet');
    const routed = ['Knutepunkt', 'Praksis', 'Samlinger', 'Tilgjengelighetserklæring'].map(
      (name) => screen.getByRole('link', { name }).dataset.router,
    );
    expect(routed).toEqual(['yes', 'yes', 'yes', 'yes']);
    // Designsystemet's link class (and its focus ring) still reaches the router's anchor.
    expect(screen.getByRole('link', { name: 'Praksis' }).classList.contains('ds-link')).toBe(true);
  });
});
