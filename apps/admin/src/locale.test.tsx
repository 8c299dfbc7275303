import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from './test/render.tsx';

const base = { 'networks.list': () => [], 'memberships.forNetwork': () => [] };

describe('interface language', () => {
  it('switches at once, remembers the choice in the cookie and on the account', async () => {
    const { server } = renderApp('/', {
      ...base,
      'account.me': () => accounts.admin,
      'account.setLocale': (input) => input,
    });
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.cookie).toContain('kp_locale=en');
    await waitFor(() =>
      expect(server.calls.find((c) => c.path === 'account.setLocale')?.input).toEqual({ locale: 'en' }),
    );
    // Later requests ask the server for English messages.
    const setLocale = server.calls.find((c) => c.path === 'account.setLocale');
    expect(setLocale?.headers['x-locale']).toBe('en');
  });

  it('adopts the language saved on the account when the person is signed in', async () => {
    const { server } = renderApp('/', { ...base, 'account.me': () => ({ ...accounts.coordinator, locale: 'nn' }) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Mine nettverk' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hovudmeny' })).toBeTruthy();
    // Adopting is not a new choice: nothing is saved back.
    expect(server.calls.some((c) => c.path === 'account.setLocale')).toBe(false);
  });
});
