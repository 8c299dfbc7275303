import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { evaluationFixture } from './fixtures.ts';

describe('/evalueringer/:evaluationId', () => {
  it('shows the phases with the current step, the parts, and a refused move in words', async () => {
    const moves: unknown[] = [];
    renderApp('/evalueringer/ev1', {
      'account.me': () => accounts.coordinator,
      'evaluations.list': () => [],
      'evaluations.get': () => evaluationFixture(),
      'evaluations.move': (input) => {
        moves.push(input);
        throw new ServerError('CONFLICT', 'Lag intervjuguiden før datainnsamlingen.');
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Brukerevaluering av møteplassen' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('3 intervjuer, 14 deltakere hørt, 0 svar på spørreskjema.')).toBeTruthy();

    const phases = screen.getByRole('region', { name: 'Faser' });
    const current = within(phases)
      .getAllByRole('listitem')
      .filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current.map((li) => li.textContent)).toEqual(['Planlegging']);

    const parts = screen.getByRole('navigation', { name: 'Deler av evalueringen' });
    expect(within(parts).getByRole('link', { name: 'Oversikt' }).getAttribute('aria-current')).toBe('page');
    expect(within(parts).getByRole('link', { name: 'Avtale' }).getAttribute('href')).toBe('/evalueringer/ev1/avtale');
    expect(within(parts).getByRole('link', { name: 'Personvern' }).getAttribute('href')).toBe(
      '/evalueringer/ev1/personvern',
    );

    expect(within(phases).getByRole('button', { name: 'Gå tilbake til: Avtale' })).toBeTruthy();
    fireEvent.click(within(phases).getByRole('button', { name: 'Gå videre til: Datainnsamling' }));
    await within(phases).findByText('Lag intervjuguiden før datainnsamlingen.');
    expect(moves).toEqual([{ evaluationId: 'ev1', to: 'collection' }]);
  });
});
