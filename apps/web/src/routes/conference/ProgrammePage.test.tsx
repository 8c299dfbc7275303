import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';
import { programme } from './test-programme.ts';

/** The announced number of hits (the layout has live regions of its own). */
const countEl = () => screen.getAllByRole('status').find((el) => el.classList.contains('kp-conf-count'));
const count = () => countEl()?.textContent;
const findCount = async () => {
  await screen.findByRole('heading', { level: 1 });
  return count();
};

const server = () => fakeServer({ 'account.me': () => null, 'conference.programme': () => programme });

describe('the programme page', () => {
  it('names the release, says the times are Norwegian, groups sessions by slot with everything a card holds', async () => {
    renderApp('/konferanse/konferanse-2031/program', server());
    await screen.findByRole('heading', { level: 1, name: 'Program – Ingenting om oss uten oss' });
    expect(screen.getByText('Programversjon v2, publisert 1. september 2031')).toBeTruthy();
    expect(screen.getByText('Alle tider er norsk tid.')).toBeTruthy();
    expect(count()).toBe('3 sesjoner');
    const slots = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(slots).toEqual(['mandag 20. oktober kl. 09:00', 'tirsdag 21. oktober kl. 10:00']);
    const opening = screen.getByRole('heading', { level: 3, name: 'Åpning' }).closest('article')!;
    expect(within(opening).getByRole('link', { name: 'Åpning' }).getAttribute('href')).toBe(
      '/konferanse/konferanse-2031/sesjon/1',
    );
    expect(within(opening).getByText('09:00–09:45')).toBeTruthy();
    expect(within(opening).getByText('Storsalen')).toBeTruthy();
    expect(within(opening).getByText('Rettigheter')).toBeTruthy();
    expect(within(opening).getByText('Foredrag')).toBeTruthy();
    expect(within(opening).getByText('Bokmål')).toBeTruthy();
    expect(within(opening).getByText('Med Kari Ås')).toBeTruthy();
    // Access: text beside each symbol, the session's own and its room's.
    expect(within(opening).getByText(/Tegnspråktolket/)).toBeTruthy();
    expect(within(opening).getByText(/Teleslynge i rommet/)).toBeTruthy();
    const nynorsk = screen.getByRole('heading', { level: 3, name: 'Likepersoner på sykehuset' }).closest('article')!;
    expect(nynorsk.getAttribute('lang')).toBe('nn');
    expect(within(nynorsk).queryByText(/Teleslynge/)).toBeNull();
  });

  it('day links narrow to one day and say which is current', async () => {
    const { router } = renderApp('/konferanse/konferanse-2031/program?dag=2031-10-21', server());
    await screen.findByRole('heading', { level: 1 });
    const days = screen.getByRole('navigation', { name: 'Dager' });
    const current = within(days).getByRole('link', { name: 'tirsdag 21. oktober' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(within(days).getByRole('link', { name: 'Alle dager' }).getAttribute('aria-current')).toBeNull();
    expect(count()).toBe('1 sesjon');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Kl. 10:00']);
    fireEvent.click(within(days).getByRole('link', { name: 'mandag 20. oktober' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dag=2031-10-20'));
    expect(count()).toBe('2 sesjoner');
  });

  it('a GET form with the address names searches and filters, and clearing keeps the day', async () => {
    const { router } = renderApp('/konferanse/konferanse-2031/program?dag=2031-10-20', server());
    const form = await screen.findByRole('search', { name: 'Søk og filtrer i programmet' });
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/konferanse/konferanse-2031/program');
    fireEvent.change(within(form).getByLabelText('Søk i tittel, beskrivelse og navn'), { target: { value: 'jose' } });
    fireEvent.change(within(form).getByLabelText('Tilgjengelighet'), { target: { value: 'captioned' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Vis' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dag=2031-10-20&tilgang=captioned&q=jose'));
    expect(count()).toBe('1 sesjon');
    expect(screen.getByRole('heading', { level: 3, name: 'Likepersoner på sykehuset' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Fjern søk og filtre' }));
    await waitFor(() => expect(router.state.location.search).toBe('?dag=2031-10-20'));
  });

  it('says when nothing matches, and ignores filter values that name nothing', async () => {
    renderApp('/konferanse/konferanse-2031/program?q=finnes%20ikke&rom=ukjent', server());
    expect(await findCount()).toBe('0 sesjoner');
    expect(screen.getByText(/Ingen sesjoner passer søket/)).toBeTruthy();
    expect((screen.getByLabelText('Rom') as HTMLSelectElement).value).toBe('');
  });

  it('an edition without a published programme is not found', async () => {
    renderApp(
      '/konferanse/ukjent/program',
      fakeServer({
        'account.me': () => null,
        'conference.programme': () => {
          throw new FakeError(404, 'Fant ikke siden.');
        },
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });
});
