import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../test/render.tsx';

const networks = [
  {
    id: 'n1',
    slug: 'recovery-nettverk-midt-norge',
    name: 'Recovery-nettverk Midt-Norge',
    description: null,
    counties: ['50'],
    memberCount: 6,
  },
];

describe('who gets in', () => {
  it('tells a signed-in member without a staff role that this app is not for them, with a way to the website', async () => {
    renderApp('/', { 'account.me': () => accounts.member });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Du har ikke tilgang til administrasjonen' });
    expect(heading).toBeTruthy();
    expect(screen.getByText(/Du er logget inn som Mona Medlem \(medlem@demo\.knutepunkt\.no\)/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til Knutepunkt-nettstedet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Logg ut og logg inn som en annen' })).toBeTruthy();
    // No menu of things they cannot use.
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).toBeNull();
  });

  it('sends someone without a session to sign in, and back to where they were going afterwards', async () => {
    let me: unknown = null;
    const { router, server } = renderApp('/nettverk', {
      'account.me': () => me,
      'account.signIn': (input) => {
        expect(input).toEqual({ email: 'koordinator@demo.knutepunkt.no', password: 'demo-passord-2026' });
        me = accounts.coordinator;
        return accounts.coordinator;
      },
      'networks.list': () => networks,
    });
    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
    expect(router.state.location.pathname).toBe('/logg-inn');
    expect(router.state.location.search).toBe('?neste=%2Fnettverk');

    fireEvent.change(screen.getByLabelText(/E-postadresse/), { target: { value: 'koordinator@demo.knutepunkt.no' } });
    fireEvent.change(screen.getByLabelText(/Passord/), { target: { value: 'demo-passord-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logg inn' }));

    await screen.findByRole('heading', { level: 1, name: 'Nettverk' });
    expect(router.state.location.pathname).toBe('/nettverk');
    expect(await screen.findByRole('link', { name: 'Recovery-nettverk Midt-Norge' })).toBeTruthy();
    // Every POST carries the CSRF header and the interface language.
    const signIn = server.calls.find((c) => c.path === 'account.signIn');
    expect(signIn?.method).toBe('POST');
    expect(signIn?.headers['x-knutepunkt-csrf']).toBe('1');
    expect(signIn?.headers['x-locale']).toBe('nb');
  });

  it('shows the server’s message when sign-in fails', async () => {
    const { ServerError } = await import('../test/fake-server.ts');
    renderApp('/logg-inn', {
      'account.me': () => null,
      'account.signIn': () => {
        throw new ServerError('BAD_REQUEST', 'E-postadressen eller passordet er feil.');
      },
    });
    fireEvent.change(await screen.findByLabelText(/E-postadresse/), { target: { value: 'a@b.no' } });
    fireEvent.change(screen.getByLabelText(/Passord/), { target: { value: 'feil' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
    const message = await screen.findByText('E-postadressen eller passordet er feil.');
    await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
  });

  it('hides admin-only menu items from coordinators and explains admin-only pages', async () => {
    renderApp('/personer', { 'account.me': () => accounts.coordinator });
    await screen.findByRole('heading', { level: 1, name: 'Bare for administratorer' });
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Oversikt',
      'Nettverk',
      'Organisasjoner',
      'Møter',
      'Konferanse',
      'Bruker spør bruker',
      'Til vurdering',
      'Praksiseksempler',
      'Varsler',
    ]);
  });

  it('shows admins the whole menu', async () => {
    renderApp('/', {
      'account.me': () => accounts.admin,
      'networks.list': () => networks,
      'memberships.forNetwork': () => [],
      'practice.queue': () => [],
    });
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Oversikt',
      'Nettverk',
      'Organisasjoner',
      'Møter',
      'Konferanse',
      'Bruker spør bruker',
      'Til vurdering',
      'Praksiseksempler',
      'Varsler',
      'Personer',
      'Endringslogg',
    ]);
    expect(within(nav).getByRole('link', { name: 'Oversikt' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Forespørsler som venter: 0')).toBeTruthy();
  });

  it('shows a 404 page for an unknown address', async () => {
    renderApp('/finnes-ikke', { 'account.me': () => accounts.admin });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });
});
