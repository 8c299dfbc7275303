import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';

const slot = (startsAt: string, endsAt: string, roomName: string) => ({
  startsAt,
  endsAt,
  roomGuid: roomName,
  roomName,
});

const changeLog = {
  edition: { slug: 'konferanse-2031', title: 'Ingenting om oss uten oss' },
  releases: [
    {
      sequence: 2,
      name: 'v2 – endringer 3. okt',
      note: 'Åpningen er flyttet.\nSe nytt rom.',
      publishedAt: '2031-10-03T10:00:00.000Z',
      changes: {
        added: [
          {
            guid: 'g3',
            number: 3,
            title: 'Nytt verksted',
            at: slot('2031-10-21T07:00:00.000Z', '2031-10-21T08:30:00.000Z', 'Storsalen'),
          },
        ],
        cancelled: [
          {
            guid: 'g4',
            number: 4,
            title: 'Samtale',
            was: slot('2031-10-20T11:00:00.000Z', '2031-10-20T11:45:00.000Z', 'Storsalen'),
          },
        ],
        moved: [
          {
            guid: 'g1',
            number: 1,
            title: 'Åpning',
            from: slot('2031-10-20T07:00:00.000Z', '2031-10-20T07:45:00.000Z', 'Storsalen'),
            to: slot('2031-10-20T09:00:00.000Z', '2031-10-20T09:45:00.000Z', 'Møterom 2'),
          },
        ],
        changed: [
          {
            guid: 'g2',
            number: 2,
            title: 'Verksted om brukermedvirkning',
            fields: [
              { field: 'title', before: 'Verksted om medvirkning', after: 'Verksted om brukermedvirkning' },
              { field: 'language', before: 'nb', after: 'en' },
            ],
          },
        ],
      },
    },
    {
      sequence: 1,
      name: 'v1',
      note: '',
      publishedAt: '2031-09-01T10:00:00.000Z',
      changes: { added: [], cancelled: [], moved: [], changed: [] },
    },
  ],
};

describe('/konferanse/:slug/endringer', () => {
  it('shows every release newest first, with its note and the changes as lists linking to the sessions', async () => {
    renderApp(
      '/konferanse/konferanse-2031/endringer',
      fakeServer({ 'account.me': () => null, 'conference.changeLog': () => changeLog }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Endringer i programmet: Ingenting om oss uten oss' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['v2 – endringer 3. okt', 'v1']);

    const v2 = screen.getByRole('region', { name: 'v2 – endringer 3. okt' });
    expect(within(v2).getByText('Publisert 3. oktober 2031')).toBeTruthy();
    expect(within(v2).getByText(/Åpningen er flyttet\./)).toBeTruthy();
    expect(
      within(v2)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Nye', 'Avlyst', 'Flyttet', 'Endret']);
    const moved = within(v2).getByRole('link', { name: 'Åpning' });
    expect(moved.getAttribute('href')).toBe('/konferanse/konferanse-2031/sesjon/1');
    expect(moved.closest('li')!.textContent).toBe(
      'Åpning: fra mandag 20. oktober, 09:00–09:45, Storsalen til mandag 20. oktober, 11:00–11:45, Møterom 2 (norsk tid)',
    );
    expect(within(v2).getByRole('link', { name: 'Nytt verksted' }).getAttribute('href')).toBe(
      '/konferanse/konferanse-2031/sesjon/3',
    );
    // A cancelled session has no page any more: its title is not a link.
    expect(within(v2).queryByRole('link', { name: 'Samtale' })).toBeNull();
    expect(within(v2).getByText(/^Samtale: var mandag 20\. oktober, 13:00–13:45, Storsalen$/)).toBeTruthy();
    expect(
      within(v2).getByText(/ny tittel \(før: «Verksted om medvirkning»\); språk nå: engelsk \(før: bokmål\)/),
    ).toBeTruthy();

    const v1 = screen.getByRole('region', { name: 'v1' });
    expect(within(v1).getByText('Ingen sesjoner ble endret i denne utgivelsen.')).toBeTruthy();
  });

  it('in nynorsk', async () => {
    renderApp(
      '/konferanse/konferanse-2031/endringer',
      fakeServer({ 'account.me': () => null, 'conference.changeLog': () => changeLog }),
      'nn',
    );
    await screen.findByRole('heading', { level: 1, name: 'Endringar i programmet: Ingenting om oss uten oss' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Nye',
      'Avlyste',
      'Flytte',
      'Endra',
    ]);
  });

  it('an unknown slug, or one with nothing published, is a page not found', async () => {
    renderApp(
      '/konferanse/finnes-ikke/endringer',
      fakeServer({
        'account.me': () => null,
        'conference.changeLog': () => {
          throw new FakeError(404, 'Fant ikke siden.');
        },
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: /finner ikke|ikke funnet|Fant ikke/i })).toBeTruthy();
  });
});
