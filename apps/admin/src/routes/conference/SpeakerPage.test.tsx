import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { CHOICES, SPEAKER } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('/konferanse/:editionId/foredragsholdere', () => {
  it('lists the speakers with their sessions and photo, and links to a new one', async () => {
    renderApp('/konferanse/e1/foredragsholdere', {
      'account.me': () => accounts.coordinator,
      'conference.speakers.list': () => [
        {
          id: 'sp1',
          number: 1,
          name: 'Kari Nordmann',
          contribution: '',
          organisation: { id: 'o1', name: 'Kommune én' },
          hasPhoto: true,
          sessionCount: 2,
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Foredragsholdere' });
    const row = within(await screen.findByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toBe('Kari NordmannKommune én2Ja');
    expect(screen.getByRole('link', { name: 'Ny foredragsholder' }).getAttribute('href')).toBe(
      '/konferanse/e1/foredragsholdere/ny',
    );
  });
});

describe('/konferanse/:editionId/foredragsholdere/:speakerId', () => {
  it('shows an unknown e-mail at its field, names the photo by file and alt text, lists their sessions', async () => {
    const message = 'Ingen konto på plattformen har denne e-postadressen.';
    const sent: unknown[] = [];
    renderApp('/konferanse/e1/foredragsholdere/sp1', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.choices': () => CHOICES,
      'conference.speakers.get': () => SPEAKER,
      'conference.speakers.update': (input) => {
        sent.push(input);
        throw new ServerError('BAD_REQUEST', message, { userEmail: message });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    expect(screen.getByText('Nåværende bilde: kari.jpg. Alternativ tekst: Kari smiler')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    const sessions = screen.getByRole('region', { name: 'Sesjoner' });
    expect(within(sessions).getByRole('link', { name: '#1 Åpning' }).getAttribute('href')).toBe(
      '/konferanse/e1/sesjoner/s1',
    );

    fireEvent.change(screen.getByLabelText(/^Konto på plattformen/), { target: { value: 'ingen@example.no' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    expect(screen.getByLabelText(/^Konto på plattformen/).getAttribute('aria-invalid')).toBe('true');
    expect(sent[0]).toMatchObject({ speakerId: 'sp1', userEmail: 'ingen@example.no', organisationId: 'o1' });
  });

  it('asks for the alt text before uploading a photo, then posts target, id, alt and file to the image route', async () => {
    const posted: Array<{ url: string; body: FormData }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        posted.push({ url, body: init.body as FormData });
        return new Response(JSON.stringify({ key: 'conference/e1/ny.jpg' }), { status: 200 });
      }),
    );
    renderApp('/konferanse/e1/foredragsholdere/sp1', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.choices': () => CHOICES,
      'conference.speakers.get': () => SPEAKER,
    });
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    const photo = screen.getByRole('region', { name: 'Bilde' });
    const file = new File(['x'], 'kari.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(photo).getByLabelText('Bildefil'), { target: { files: [file] } });
    fireEvent.click(within(photo).getByRole('button', { name: 'Last opp bilde' }));
    expect(await within(photo).findByText('Skriv en alternativ tekst for bildet.')).toBeTruthy();
    expect(posted).toHaveLength(0);

    fireEvent.change(within(photo).getByLabelText(/^Alternativ tekst/), { target: { value: 'Kari på scenen' } });
    fireEvent.click(within(photo).getByRole('button', { name: 'Last opp bilde' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.url).toBe('/api/conference/e1/images');
    const body = posted[0]!.body;
    expect([body.get('target'), body.get('id'), body.get('alt')]).toEqual(['speaker', 'sp1', 'Kari på scenen']);
    expect((body.get('file') as File).name).toBe('kari.jpg');
  });

  it('shows the refusal to delete a speaker who is still in a session in the dialog', async () => {
    const message = 'Foredragsholderen er med i 1 sesjoner. Fjern dem fra sesjonene før du sletter.';
    renderApp('/konferanse/e1/foredragsholdere/sp1', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.choices': () => CHOICES,
      'conference.speakers.get': () => SPEAKER,
      'conference.speakers.delete': () => {
        throw new ServerError('CONFLICT', message);
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' });
    fireEvent.click(screen.getByRole('button', { name: 'Slett foredragsholderen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett foredragsholderen' }));
    expect(await within(dialog).findByText(message)).toBeTruthy();
  });
});
