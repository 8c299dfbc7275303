import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { evaluationFixture } from './fixtures.ts';

describe('/evalueringer/:evaluationId/team', () => {
  it('lists the team with training, refuses an unknown e-mail in words and removes after asking', async () => {
    const removed: unknown[] = [];
    let team = evaluationFixture().team;
    renderApp('/evalueringer/ev1/team', {
      'account.me': () => accounts.coordinator,
      'evaluations.list': () => [],
      'evaluations.get': () => evaluationFixture({ team }),
      'evaluations.addTeamMember': () => {
        throw new ServerError('BAD_REQUEST', 'Noe i skjemaet er ikke riktig fylt ut.', {
          email: 'Ingen konto har denne e-postadressen. Personen må registrere seg først.',
        });
      },
      'evaluations.removeTeamMember': (input) => {
        removed.push(input);
        team = [];
        return { ok: true };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Team og opplæring' });
    const parts = screen.getByRole('navigation', { name: 'Deler av evalueringen' });
    expect(within(parts).getByRole('link', { name: 'Team og opplæring' }).getAttribute('aria-current')).toBe('page');
    const table = screen.getByRole('table', { name: 'Teamet' });
    expect(within(table).getByText(/Grunnkurs, 20\. aug\. 2026/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^E-postadressen til kontoen/), { target: { value: 'ingen@eksempel.no' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til i teamet' }));
    expect(
      (await screen.findAllByText(/Ingen konto har denne e-postadressen. Personen må registrere seg først./)).length,
    ).toBeGreaterThan(0);

    fireEvent.click(within(table).getByRole('button', { name: 'Fjern Tore Team' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Tilgangen til rådata slutter med en gang/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fjern Tore Team' }));
    await screen.findByText('Tore Team er fjernet fra teamet.');
    expect(removed).toEqual([{ evaluationId: 'ev1', userId: 'u-tm' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Fjern Tore Team' })).toBeNull());
  });
});

describe('handing the lead over', () => {
  const routes = (account: unknown, calls: unknown[]) => ({
    'account.me': () => account,
    'evaluations.list': () => [],
    'evaluations.get': () => evaluationFixture(),
    'evaluations.setLead': (input: unknown) => {
      calls.push(input);
      return { leadId: 'u-coord2', name: 'Kåre Koordinator' };
    },
  });

  it('asks for someone first, then confirms; the lead who hands over is taken to the list', async () => {
    const calls: unknown[] = [];
    const { router } = renderApp('/evalueringer/ev1/team', routes(accounts.coordinator, calls));
    const section = await screen.findByRole('region', { name: 'Gi ledelsen videre' });
    fireEvent.click(within(section).getByRole('button', { name: 'Gi ledelsen videre' }));
    const select = within(section).getByRole('combobox', { name: /Ny leder/ });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(within(section).getByText('Velg hvem som skal lede evalueringen.')).toBeTruthy();
    expect(document.activeElement).toBe(select);
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.change(select, { target: { value: 'u-coord2' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Gi ledelsen videre' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Gi ledelsen av «.+» til Kåre Koordinator\?/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gi ledelsen videre' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/evalueringer'));
    expect(calls).toEqual([{ evaluationId: 'ev1', userId: 'u-coord2' }]);
  });

  it('an admin stays on the page and is told who leads now', async () => {
    const calls: unknown[] = [];
    renderApp('/evalueringer/ev1/team', routes(accounts.admin, calls));
    const section = await screen.findByRole('region', { name: 'Gi ledelsen videre' });
    fireEvent.change(within(section).getByRole('combobox', { name: /Ny leder/ }), { target: { value: 'u-coord2' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Gi ledelsen videre' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Gi ledelsen videre' }));
    expect(await screen.findByText('Kåre Koordinator leder nå evalueringen.')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });
});
