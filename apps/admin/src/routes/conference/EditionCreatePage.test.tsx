import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { editionFixture } from './fixtures.ts';

const NETWORKS = [{ id: 'n1', name: 'Recovery-nettverk Midt-Norge', counties: [], memberCount: 3 }];
const END_BEFORE_START = 'Siste dag kan ikke være før første dag.';
const NO_LANGUAGE = 'Velg minst ett språk.';

describe('/konferanse/ny', () => {
  it('sends the fields, shows the refusals in the summary with their labels, then opens the new edition', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { router } = renderApp('/konferanse/ny', {
      'account.me': () => accounts.coordinator,
      'networks.list': () => NETWORKS,
      'conference.editions': () => [],
      'conference.editing.createEdition': (input) => {
        sent.push(input as Record<string, unknown>);
        if (sent.length === 1)
          throw new ServerError('BAD_REQUEST', END_BEFORE_START, { endsOn: END_BEFORE_START, languages: NO_LANGUAGE });
        return { id: 'e1', slug: 'ingenting-om-oss-2031' };
      },
      'conference.editing.edition': () => editionFixture(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Ny konferanse' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // The coordinator's only network owns the edition without being asked.
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Recovery-nettverk Midt-Norge' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );
    fireEvent.change(screen.getByLabelText(/^Navn/), { target: { value: 'Ingenting om oss uten oss' } });
    fireEvent.change(screen.getByLabelText(/^Første dag/), { target: { value: '2031-10-21' } });
    fireEvent.change(screen.getByLabelText(/^Siste dag/), { target: { value: '2031-10-20' } });
    fireEvent.change(screen.getByLabelText(/^Nettsteder som kan vise/), {
      target: { value: 'https://partner.example\n\n  https://rio.example  ' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bokmål' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opprett konferanse' }));

    const heading = await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    const summary = heading.closest('[tabindex="-1"]') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    // In the form's order, each with its field's label, each leading to its field.
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      [`Siste dag: ${END_BEFORE_START}`, '#field-endsOn'],
      [`Språk sesjonene holdes på: ${NO_LANGUAGE}`, '#field-languages-nb'],
    ]);
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Bokmål' }));
    expect(screen.getByLabelText(/^Siste dag/).getAttribute('aria-invalid')).toBe('true');
    // The group's own message (the summary's line starts with the label).
    expect(screen.getByText(NO_LANGUAGE)).toBeTruthy();
    expect(sent[0]).toEqual({
      title: 'Ingenting om oss uten oss',
      subtitle: '',
      description: '',
      language: 'nb',
      languages: [],
      startsOn: '2031-10-21',
      endsOn: '2031-10-20',
      venueName: '',
      venueAddress: '',
      widgetOrigins: ['https://partner.example', 'https://rio.example'],
      ownerNetworkIds: ['n1'],
    });

    fireEvent.change(screen.getByLabelText(/^Første dag/), { target: { value: '2031-10-20' } });
    fireEvent.change(screen.getByLabelText(/^Siste dag/), { target: { value: '2031-10-21' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nynorsk' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opprett konferanse' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/konferanse/e1'));
    expect(sent[1]).toMatchObject({ startsOn: '2031-10-20', endsOn: '2031-10-21', languages: ['nn'] });
    await screen.findByRole('heading', { level: 1, name: 'Ingenting om oss uten oss' });
    expect(await screen.findByText('Konferansen er opprettet.')).toBeTruthy();
  });
});
