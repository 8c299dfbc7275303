import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { editionFixture } from './fixtures.ts';

const NETWORKS = [{ id: 'n1', name: 'Recovery-nettverk Midt-Norge', counties: [], memberCount: 3 }];

describe('/konferanse/:editionId', () => {
  it('shows the edition, saves its settings and the partners in their new order', async () => {
    const calls: Record<string, unknown[]> = { update: [], partners: [] };
    renderApp('/konferanse/e1', {
      'account.me': () => accounts.coordinator,
      'networks.list': () => NETWORKS,
      'conference.editions': () => [],
      'conference.editing.edition': () => editionFixture(),
      'conference.editing.updateEdition': (input) => {
        calls.update!.push(input);
        return { id: 'e1', slug: 'ingenting-om-oss-2031' };
      },
      'conference.editing.setPartners': (input) => {
        calls.partners!.push(input);
        return { partners: 2 };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Ingenting om oss uten oss' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/5 sesjoner \(4 plassert\), 6 foredragsholdere, 1 publiserte utgivelser/)).toBeTruthy();
    const parts = screen.getByRole('navigation', { name: 'Deler av konferansen' });
    expect(within(parts).getByRole('link', { name: 'Rom' }).getAttribute('href')).toBe('/konferanse/e1/rom');
    expect(within(parts).getByRole('link', { name: 'Spor og sesjonstyper' }).getAttribute('href')).toBe(
      '/konferanse/e1/spor',
    );

    const settings = screen.getByRole('region', { name: 'Innstillinger' });
    expect((within(settings).getByLabelText(/^Navn/) as HTMLInputElement).value).toBe('Ingenting om oss uten oss');
    expect((within(settings).getByRole('checkbox', { name: 'Nynorsk' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(settings).getByLabelText(/^Sted/), { target: { value: 'Britannia' } });
    fireEvent.click(within(settings).getByRole('button', { name: 'Lagre innstillingene' }));
    await screen.findByText('Innstillingene er lagret.');
    expect(calls.update).toEqual([
      {
        editionId: 'e1',
        title: 'Ingenting om oss uten oss',
        subtitle: 'Menneskerettigheter og deltakelse',
        description: 'Velkommen.',
        language: 'nb',
        languages: ['nb', 'nn'],
        startsOn: '2031-10-20',
        endsOn: '2031-10-21',
        venueName: 'Britannia',
        venueAddress: 'Kjøpmannsgata 73, Trondheim',
        widgetOrigins: ['https://partner.example'],
        ownerNetworkIds: ['n1'],
      },
    ]);

    // Partners: each logo's fields are its own (labels name the organisation); RIO moves up, focus with it.
    const partners = screen.getByRole('region', { name: 'Arrangører og partnere' });
    expect((within(partners).getByLabelText(/^Beskrivelse av logoen til RIO/) as HTMLInputElement).value).toBe('RIO');
    expect(within(partners).getByLabelText(/^Logo for Mental Helse/)).toBeTruthy();
    fireEvent.click(within(partners).getByRole('button', { name: 'Flytt RIO opp' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(partners).getByRole('button', { name: 'Flytt RIO ned' })),
    );
    expect(within(partners).queryByRole('button', { name: 'Flytt RIO opp' })).toBeNull();
    fireEvent.click(within(partners).getByRole('button', { name: 'Lagre arrangører og partnere' }));
    await screen.findByText('Arrangører og partnere er lagret.');
    expect(calls.partners).toEqual([
      {
        editionId: 'e1',
        partners: [
          { organisationId: 'o2', role: 'partner', position: 0, logoAlt: 'RIO' },
          { organisationId: 'o1', role: 'organiser', position: 1, logoAlt: '' },
        ],
      },
    ]);
  });
});
