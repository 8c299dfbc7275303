import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { queueItem } from './fixtures.ts';

describe('/praksis/vurdering', () => {
  it('says plainly when nothing is waiting', async () => {
    renderApp('/praksis/vurdering', { 'account.me': () => accounts.coordinator, 'practice.queue': () => [] });
    await screen.findByRole('heading', { level: 1, name: 'Praksiseksempler til vurdering' });
    expect(await screen.findByText('Ingen eksempler venter på vurdering.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    // One network: no filter to choose from.
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('lists what waits, with links, dates in Norwegian time and new vs revision', async () => {
    const fresh = {
      ...queueItem,
      id: 'v9',
      title: 'Ny praksis',
      example: { ...queueItem.example, id: 'e9', publishedVersionId: null },
    };
    renderApp('/praksis/vurdering', {
      'account.me': () => accounts.coordinator,
      'practice.queue': () => [queueItem, fresh],
    });
    const table = await screen.findByRole('table', { name: 'Eksempler som venter på vurdering' });
    const link = within(table).getByRole('link', { name: 'Recoveryverksted i Trondheim' });
    expect(link.getAttribute('href')).toBe('/praksis/vurdering/v2');
    expect(within(table).getByText('Ny versjon av et publisert eksempel')).toBeTruthy();
    expect(within(table).getByText('Nytt eksempel')).toBeTruthy();
    expect(within(table).getAllByText('2. mars 2026').length).toBe(2);
  });

  it('lets someone who coordinates several networks look at one of them', async () => {
    const inputs: unknown[] = [];
    const coordinator = {
      ...accounts.coordinator,
      coordinatorOf: [
        ...accounts.coordinator.coordinatorOf,
        { id: 'n2', slug: 'nord', name: 'Recovery-nettverk Nord' },
      ],
    };
    const { router } = renderApp('/praksis/vurdering', {
      'account.me': () => coordinator,
      'practice.queue': (input) => {
        inputs.push(input);
        return [];
      },
    });
    const select = await screen.findByRole('combobox', { name: 'Nettverk' });
    await waitFor(() => expect(inputs).toEqual([{}]));
    // Choosing a network alone does not search; the button does.
    fireEvent.change(select, { target: { value: 'n2' } });
    expect(inputs).toEqual([{}]);
    fireEvent.click(screen.getByRole('button', { name: 'Vis eksemplene' }));
    await waitFor(() => expect(router.state.location.search).toBe('?nettverk=n2'));
    await waitFor(() => expect(inputs).toContainEqual({ networkId: 'n2' }));
  });
});

describe('/ (dashboard)', () => {
  it('says how many examples wait for review, with a link to the queue', async () => {
    renderApp('/', {
      'account.me': () => accounts.coordinator,
      'networks.list': () => [],
      'practice.queue': () => [queueItem, { ...queueItem, id: 'v3' }],
    });
    const section = await screen.findByRole('region', { name: 'Praksiseksempler' });
    expect(await within(section).findByText('Venter på vurdering: 2')).toBeTruthy();
    expect(within(section).getByRole('link', { name: 'Gå til vurderingskøen' }).getAttribute('href')).toBe(
      '/praksis/vurdering',
    );
  });
});
