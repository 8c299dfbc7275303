import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';

const trondheim = {
  id: 'o1',
  slug: 'trondheim-kommune',
  name: 'Trondheim kommune',
  type: 'MUNICIPALITY',
  municipality: 'Trondheim',
  county: '50',
};
const malvik = {
  id: 'o2',
  slug: 'malvik-kommune',
  name: 'Malvik kommune',
  type: 'MUNICIPALITY',
  municipality: 'Malvik',
  county: '50',
};

function server() {
  return fakeServer({
    'account.me': () => null,
    'organisations.list': (input) => {
      const { q, page, pageSize } = input as { q?: string; page: number; pageSize: number };
      const items = [trondheim, malvik].filter((o) => !q || o.name.toLowerCase().includes(q.toLowerCase()));
      return { items, total: items.length, page, pageSize };
    },
  });
}

describe('the organisation directory', () => {
  it('starts from the filters in the address', async () => {
    const fake = server();
    renderApp('/organisasjoner?type=MUNICIPALITY&fylke=50&q=malvik', fake);

    expect(await screen.findByRole('link', { name: 'Malvik kommune' })).toBeTruthy();
    expect((screen.getByLabelText('Søk på navn') as HTMLInputElement).value).toBe('malvik');
    expect((screen.getByLabelText('Type organisasjon') as HTMLSelectElement).value).toBe('MUNICIPALITY');
    expect((screen.getByLabelText('Fylke') as HTMLSelectElement).value).toBe('50');
    expect(fake.callsTo('organisations.list')[0]?.input).toEqual({
      type: 'MUNICIPALITY',
      county: '50',
      q: 'malvik',
      page: 1,
      pageSize: 20,
    });
  });

  it('writes the chosen filters to the address, so a search can be shared and the back button works', async () => {
    const fake = server();
    const { router } = renderApp('/organisasjoner', fake);
    await screen.findByRole('link', { name: 'Trondheim kommune' });

    fireEvent.change(screen.getByLabelText('Søk på navn'), { target: { value: 'trond' } });
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: 'MUNICIPALITY' } });
    fireEvent.change(screen.getByLabelText('Fylke'), { target: { value: '50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Søk' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=trond&type=MUNICIPALITY&fylke=50'));
    // The new count is announced politely, without moving focus.
    const count = await screen.findByText('1 organisasjon');
    expect(count.getAttribute('role')).toBe('status');
    expect(screen.queryByRole('link', { name: 'Malvik kommune' })).toBeNull();

    await router.navigate(-1);
    await waitFor(() => expect((screen.getByLabelText('Søk på navn') as HTMLInputElement).value).toBe(''));
    expect(await screen.findByText('2 organisasjoner')).toBeTruthy();
  });
});
