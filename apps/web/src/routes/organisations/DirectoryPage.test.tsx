import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';
import { parseDirectoryParams } from './directory-params.ts';

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

  it('is a plain GET form: what the browser would submit reads back as the search it shows, and the pages are links', async () => {
    const query = 'q=kommune&type=MUNICIPALITY&fylke=50&side=3';
    const fake = fakeServer({
      'account.me': () => null,
      'organisations.list': (input) => ({
        items: [trondheim],
        total: 95,
        page: (input as { page: number }).page,
        pageSize: 20,
      }),
    });
    const { router } = renderApp(`/organisasjoner?${query}`, fake);
    await screen.findByRole('link', { name: 'Trondheim kommune' });
    const shown = parseDirectoryParams(new URLSearchParams(query));
    expect(shown).toEqual({ q: 'kommune', type: 'MUNICIPALITY', county: '50', page: 3 });

    const form = screen.getByRole('search') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/organisasjoner');
    const submit = screen.getByRole('button', { name: 'Søk' }) as HTMLButtonElement;
    expect(submit.form).toBe(form);
    const submitted = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    // A new search starts on its first page; everything else is what the page showed.
    expect(parseDirectoryParams(submitted)).toEqual({ ...shown, page: 1 });
    // "All types" and "all counties" are sent empty, and read as no filter.
    fireEvent.change(screen.getByLabelText('Type organisasjon'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Fylke'), { target: { value: '' } });
    const unfiltered = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    expect(parseDirectoryParams(unfiltered)).toEqual({ q: 'kommune', type: undefined, county: undefined, page: 1 });

    const pages = screen.getByRole('navigation', { name: 'Sider' });
    const hrefOf = (name: string) =>
      new URL(within(pages).getByRole('link', { name }).getAttribute('href')!, 'http://x');
    expect(within(pages).getByRole('link', { name: 'Side 3 av 5' }).getAttribute('aria-current')).toBe('page');
    expect(hrefOf('Side 3 av 5').pathname).toBe('/organisasjoner');
    expect(parseDirectoryParams(hrefOf('Side 3 av 5').searchParams)).toEqual(shown);
    expect(parseDirectoryParams(hrefOf('Side 1').searchParams)).toEqual({ ...shown, page: 1 });
    expect(parseDirectoryParams(hrefOf('Neste side').searchParams)).toEqual({ ...shown, page: 4 });

    // With the script running, a page link is followed in the app.
    fireEvent.click(within(pages).getByRole('link', { name: 'Forrige side' }));
    await waitFor(() => expect(fake.callsTo('organisations.list').at(-1)?.input).toMatchObject({ page: 2 }));
    expect(parseDirectoryParams(new URLSearchParams(router.state.location.search))).toEqual({ ...shown, page: 2 });
  });
});
