import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';

describe('/nettverk/ny', () => {
  it('suggests the short name from the name, and shows the server’s field errors at each field and in a summary', async () => {
    let sent: unknown;
    renderApp('/nettverk/ny', {
      'account.me': () => accounts.admin,
      'networks.create': (input) => {
        sent = input;
        throw new ServerError('CONFLICT', 'Denne nettadressen (kortnavnet) er allerede i bruk.', {
          slug: 'Denne nettadressen (kortnavnet) er allerede i bruk.',
          'counties.0': 'Velg et av alternativene.',
        });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Nytt nettverk' });
    fireEvent.change(screen.getByLabelText(/^Navn/), { target: { value: 'Recovery-nettverk Nord-Norge' } });
    expect((screen.getByLabelText(/^Kortnavn/) as HTMLInputElement).value).toBe('recovery-nettverk-nord-norge');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Troms' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opprett nettverket' }));

    const summary = await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    // The summary is the element that took focus (FormErrorSummary focuses itself).
    const box = summary.closest('[tabindex="-1"]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    const links = within(box).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Kortnavn i nettadressen: Denne nettadressen (kortnavnet) er allerede i bruk.',
      'Fylker nettverket dekker: Velg et av alternativene.',
    ]);
    expect(links[0]!.getAttribute('href')).toBe('#field-slug');

    const slug = screen.getByLabelText(/^Kortnavn/);
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    // The message is shown by the field too, not only in the summary.
    expect(screen.getByText('Denne nettadressen (kortnavnet) er allerede i bruk.')).toBeTruthy();
    expect(sent).toEqual({
      name: 'Recovery-nettverk Nord-Norge',
      slug: 'recovery-nettverk-nord-norge',
      description: null,
      language: 'nb',
      counties: ['55'],
    });

    // Following a summary link puts focus in the field.
    fireEvent.click(links[0]!);
    await waitFor(() => expect(document.activeElement).toBe(slug));
  });
});
