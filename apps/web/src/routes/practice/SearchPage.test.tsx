import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';
import { searchItem as item } from './search-fixture.ts';
import { parsePracticeParams } from './search-params.ts';

function server(items = [item()]) {
  return fakeServer({
    'account.me': () => null,
    'practice.search': (input) => {
      const { page, pageSize } = input as { page: number; pageSize: number };
      return { total: items.length, page, pageSize, items };
    },
  });
}

describe('the practice search', () => {
  it('starts from the search in the address', async () => {
    const fake = server();
    renderApp('/praksis?q=tur&chime=HOPE&chime=CONNECTEDNESS&nivaa=SERVICE&fylke=50&sortering=dato&side=1', fake);

    expect(await screen.findByRole('link', { name: 'Turgruppe i marka' })).toBeTruthy();
    expect((screen.getByLabelText('Søk etter ord') as HTMLInputElement).value).toBe('tur');
    expect((screen.getByRole('checkbox', { name: 'Håp' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Tilhørighet' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Tjeneste' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Individ' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Nyeste først' }) as HTMLInputElement).checked).toBe(true);
    expect(fake.callsTo('practice.search')[0]?.input).toEqual({
      q: 'tur',
      chime: ['CONNECTEDNESS', 'HOPE'],
      levels: ['SERVICE'],
      themes: [],
      targetGroups: [],
      organisationTypes: [],
      counties: ['50'],
      sort: 'date',
      page: 1,
      pageSize: 10,
    });
  });

  it('writes the chosen words and filters to the address, and the back button restores the previous search', async () => {
    const fake = server();
    const { router } = renderApp('/praksis', fake);
    await screen.findByRole('link', { name: 'Turgruppe i marka' });
    expect(fake.callsTo('practice.search')[0]?.input).toMatchObject({ q: '', sort: 'date' });

    fireEvent.change(screen.getByLabelText('Søk etter ord'), { target: { value: 'turgruppe' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Håp' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mening i livet' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Samfunn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Vis eksempler' }));

    // Words make relevance the default order, so it is not written out.
    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=turgruppe&chime=HOPE&chime=MEANING&nivaa=SOCIETY'),
    );
    await waitFor(() =>
      expect(fake.callsTo('practice.search').at(-1)?.input).toMatchObject({
        q: 'turgruppe',
        chime: ['HOPE', 'MEANING'],
        levels: ['SOCIETY'],
        sort: 'relevance',
      }),
    );
    // The count is announced politely, without moving focus.
    const count = await screen.findByText('1 eksempel');
    expect(count.getAttribute('role')).toBe('status');

    await router.navigate(-1);
    await waitFor(() => expect((screen.getByLabelText('Søk etter ord') as HTMLInputElement).value).toBe(''));
    expect((screen.getByRole('checkbox', { name: 'Håp' }) as HTMLInputElement).checked).toBe(false);
  });

  it('marks the hits with <mark> and never reads the data as HTML', async () => {
    const fake = server([
      item({
        title: 'Bolig <b>først</b>',
        titleHighlighted: [
          { text: 'Bolig', hit: true },
          { text: ' <b>først</b>', hit: false },
        ],
        snippet: [
          { text: 'Vi hjelper folk inn i egen ', hit: false },
          { text: 'bolig', hit: true },
          { text: '<img src=x onerror="alert(1)">', hit: false },
        ],
        language: 'nn',
      }),
    ]);
    renderApp('/praksis?q=bolig', fake);

    const link = await screen.findByRole('link', { name: 'Bolig <b>først</b>' });
    const result = link.closest('li')!;
    const marks = [...result.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Bolig', 'bolig']);
    // The markup in the data is text on the page, not elements.
    expect(result.querySelector('b, img')).toBeNull();
    expect(within(result).getByText('<img src=x onerror="alert(1)">', { exact: false })).toBeTruthy();
    // Content keeps the language it was written in.
    expect(link.getAttribute('lang')).toBe('nn');
  });

  it('says so when nothing matches', async () => {
    renderApp('/praksis?tema=HOUSING', server([]));
    expect(await screen.findByRole('heading', { name: 'Ingen eksempler passer' })).toBeTruthy();
    expect(screen.getByText('Ingen eksempler').getAttribute('role')).toBe('status');
  });

  it('reads a count that stopped at the cap as "over", and still pages through it', async () => {
    const fake = fakeServer({
      'account.me': () => null,
      'practice.search': () => ({ total: 1000, totalCapped: true, page: 1, pageSize: 10, items: [item()] }),
    });
    renderApp('/praksis?q=tur', fake);
    expect((await screen.findByText('Over 1000 eksempler')).getAttribute('role')).toBe('status');
    // The last page the pager offers is the hundredth: 1000 ten at a time.
    expect(screen.getByRole('link', { name: 'Side 100' })).toBeTruthy();
  });

  it('says what went wrong when the search fails, with a way to try again', async () => {
    let fail = true;
    const fake = fakeServer({
      'account.me': () => null,
      'practice.search': () => {
        if (fail) throw new FakeError(500, 'Noe gikk galt hos oss. Prøv igjen om litt.');
        return { total: 1, page: 1, pageSize: 10, items: [item()] };
      },
    });
    renderApp('/praksis', fake);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Noe gikk galt hos oss.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('link', { name: 'Turgruppe i marka' })).toBeTruthy();
  });

  it('is a plain GET form: what the browser would submit reads back as the search it shows, and the pages are links', async () => {
    const query =
      'q=tur&chime=HOPE&chime=MEANING&nivaa=SERVICE&nivaa=SOCIETY&tema=HOUSING&malgruppe=ADULTS' +
      '&type=MUNICIPALITY&fylke=50&fylke=18&sortering=dato&side=3';
    const fake = fakeServer({
      'account.me': () => null,
      'practice.search': (input) => ({
        total: 45,
        page: (input as { page: number }).page,
        pageSize: 10,
        items: [item()],
      }),
    });
    const { router } = renderApp(`/praksis?${query}`, fake);
    await screen.findByRole('link', { name: 'Turgruppe i marka' });

    const shown = parsePracticeParams(new URLSearchParams(query));
    // A search with words, filters of several kinds, the date order and a later page.
    expect(shown).toMatchObject({
      q: 'tur',
      chime: ['HOPE', 'MEANING'],
      counties: ['18', '50'],
      sort: 'date',
      page: 3,
    });

    const form = screen.getByRole('search', { name: 'Søk i praksisbanken' }) as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/praksis');
    // Both buttons submit this form, the filter panel's too (it stands apart from the form in the layout).
    for (const name of ['Søk', 'Vis eksempler']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.type).toBe('submit');
      expect(button.form).toBe(form);
    }
    // What the browser sends: every field the form owns, by name, in the address the search reads.
    const submitted = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    for (const box of screen.getAllByRole('checkbox') as HTMLInputElement[]) {
      expect(submitted.getAll(box.name).includes(box.value)).toBe(box.checked);
    }
    // A new search starts on its first page; everything else is what the page showed.
    expect(parsePracticeParams(submitted)).toEqual({ ...shown, page: 1 });

    const pages = screen.getByRole('navigation', { name: 'Sider' });
    const current = within(pages).getByRole('link', { name: 'Side 3 av 5' });
    expect(current.getAttribute('aria-current')).toBe('page');
    const hrefOf = (name: string) =>
      new URL(within(pages).getByRole('link', { name }).getAttribute('href')!, 'http://x');
    expect(parsePracticeParams(hrefOf('Side 3 av 5').searchParams)).toEqual(shown);
    expect(parsePracticeParams(hrefOf('Forrige side').searchParams)).toEqual({ ...shown, page: 2 });
    expect(parsePracticeParams(hrefOf('Side 5').searchParams)).toEqual({ ...shown, page: 5 });
    expect(hrefOf('Neste side').pathname).toBe('/praksis');

    // With the script running, a page link is followed in the app.
    fireEvent.click(within(pages).getByRole('link', { name: 'Neste side' }));
    await waitFor(() => expect(fake.callsTo('practice.search').at(-1)?.input).toMatchObject({ page: 4 }));
    expect(parsePracticeParams(new URLSearchParams(router.state.location.search))).toEqual({ ...shown, page: 4 });
  });
});
