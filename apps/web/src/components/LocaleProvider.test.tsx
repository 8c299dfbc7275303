import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../test/fake-server.ts';
import { account, renderApp } from '../test/render-app.tsx';

describe('choosing a language', () => {
  it('switches the interface, <html lang> and the cookie at once', async () => {
    const fake = fakeServer({ 'account.me': () => null, 'networks.list': () => [] });
    renderApp('/', fake);
    await screen.findByRole('link', { name: 'Organisasjoner' });

    fireEvent.click(screen.getByRole('button', { name: 'Nynorsk' }));

    expect(document.documentElement.lang).toBe('nn');
    expect(document.cookie).toContain('kp_locale=nn');
    expect(await screen.findByRole('link', { name: 'Organisasjonar' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nynorsk' }).getAttribute('aria-pressed')).toBe('true');
    // Signed out: nothing to remember on an account.
    expect(fake.callsTo('account.setLocale')).toHaveLength(0);
  });

  it('remembers the choice on the account of a signed-in person', async () => {
    const fake = fakeServer({
      'account.me': () => account(),
      'account.setLocale': (input) => input,
      'networks.list': () => [],
    });
    renderApp('/', fake);
    await screen.findByRole('link', { name: 'Min side' });

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(fake.callsTo('account.setLocale').map((c) => c.input)).toEqual([{ locale: 'en' }]));
    expect(document.documentElement.lang).toBe('en');
    expect(await screen.findByRole('link', { name: 'My page' })).toBeTruthy();
  });

  it("takes the account's saved language after signing in", async () => {
    const fake = fakeServer({
      'account.me': () => null,
      'account.signIn': () => account({ name: 'Nils Nynorsk', locale: 'nn' }),
      'account.setLocale': (input) => input,
    });
    const { router } = renderApp('/logg-inn', fake);
    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });

    fireEvent.change(screen.getByLabelText('E-postadresse', { exact: false }), {
      target: { value: 'nynorsk@demo.knutepunkt.no' },
    });
    fireEvent.change(screen.getByLabelText('Passord', { exact: false }), { target: { value: 'demo-passord-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    await waitFor(() => expect(document.documentElement.lang).toBe('nn'));
    expect(document.cookie).toContain('kp_locale=nn');
    await waitFor(() => expect(router.state.location.pathname).toBe('/min-side'));
    // Adopting the account's own language is not a new choice to save back.
    expect(fake.callsTo('account.setLocale')).toHaveLength(0);
  });
});
