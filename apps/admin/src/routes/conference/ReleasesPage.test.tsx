import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

const edition = { id: 'e1', slug: 'konferanse-2031', title: 'Ingenting om oss uten oss' };
const slot = (startsAt: string, endsAt: string, roomName: string) => ({
  startsAt,
  endsAt,
  roomGuid: roomName,
  roomName,
});
const changes = {
  added: [
    {
      guid: 'g3',
      number: 3,
      title: 'Ny workshop',
      at: slot('2031-10-21T07:00:00.000Z', '2031-10-21T07:45:00.000Z', 'Storsalen'),
    },
  ],
  cancelled: [],
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
      title: 'Nytt navn',
      fields: [{ field: 'title', before: 'Gammelt navn', after: 'Nytt navn' }],
    },
  ],
};
const published = {
  id: 'r1',
  name: 'v1',
  note: 'Det første programmet.',
  sequence: 1,
  publishedAt: '2031-09-01T10:00:00.000Z',
  createdAt: '2031-09-01T09:00:00.000Z',
  counts: { added: 4, cancelled: 0, moved: 0, changed: 0 },
};
const draft = {
  id: 'r2',
  name: 'v2',
  note: '',
  sequence: null,
  publishedAt: null,
  createdAt: '2031-09-20T09:00:00.000Z',
  counts: null,
};

describe('/konferanse/:editionId/utgivelser', () => {
  it('lists releases, previews the changes in words, and publishes a draft after saying who is told', async () => {
    let releases = [draft, published] as Array<Record<string, unknown>>;
    const publishedIds: unknown[] = [];
    const { server } = renderApp('/konferanse/e1/utgivelser', {
      'account.me': () => accounts.coordinator,
      'conference.releases': () => ({ edition, releases }),
      'conference.previewRelease': () => ({
        against: { name: 'v1', sequence: 1 },
        changes,
        counts: { added: 1, cancelled: 0, moved: 1, changed: 1 },
        recipients: 3,
      }),
      'conference.publishRelease': (input) => {
        publishedIds.push(input);
        releases = [
          {
            ...draft,
            sequence: 2,
            publishedAt: '2031-09-21T10:00:00.000Z',
            counts: { added: 1, cancelled: 0, moved: 1, changed: 1 },
          },
          published,
        ];
        return { id: 'r2', name: 'v2', sequence: 2, counts: {}, notified: 3, alreadyPublished: false };
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Utgivelser' })).toBeTruthy();
    // The published one is read-only: its numbers, no fields.
    const v1 = screen.getByRole('article', { name: 'v1' });
    expect(within(v1).getByText(/som nr\. 1/)).toBeTruthy();
    expect(within(v1).getByText('4 nye, 0 avlyst, 0 flyttet, 0 endret')).toBeTruthy();
    expect(within(v1).queryByRole('textbox')).toBeNull();
    expect(within(v1).queryByRole('button')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Forhåndsvis endringer' }));
    expect(await screen.findByText('Sammenlignet med v1.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Flyttet (1)' })).toBeTruthy();
    expect(
      screen.getByText(
        'Åpning: fra mandag 20. oktober, 09:00–09:45, Storsalen til mandag 20. oktober, 11:00–11:45, Møterom 2 (norsk tid)',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Nytt navn: ny tittel (før: «Gammelt navn»)')).toBeTruthy();
    expect(screen.getByText(/^Ny workshop: tirsdag 21\. oktober/)).toBeTruthy();

    const v2 = screen.getByRole('article', { name: 'v2 (Utkast)' });
    fireEvent.click(within(v2).getByRole('button', { name: 'Publiser' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Utgivelsen fryses og varsler sendes til 3 personer.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publiser' }));
    expect(await screen.findByText('«v2» er publisert.')).toBeTruthy();
    expect(publishedIds).toEqual([{ releaseId: 'r2' }]);
    await waitFor(() => expect(screen.getByRole('article', { name: 'v2' })).toBeTruthy());
    expect(server.calls.filter((c) => c.path === 'conference.publishRelease')).toHaveLength(1);
  });

  it('creates a draft from a name and a note', async () => {
    const created: unknown[] = [];
    renderApp('/konferanse/e1/utgivelser', {
      'account.me': () => accounts.coordinator,
      'conference.releases': () => ({ edition, releases: [] }),
      'conference.createRelease': (input) => {
        created.push(input);
        return { id: 'r9', name: 'v1', note: '' };
      },
    });
    expect(await screen.findByText('Ingen utgivelser ennå.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Navn/), { target: { value: 'v1' } });
    fireEvent.change(screen.getByLabelText('Merknad (valgfritt)'), { target: { value: 'Første.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lag utkast' }));
    expect(await screen.findByText('Utkastet «v1» er laget.')).toBeTruthy();
    expect(created).toEqual([{ editionId: 'e1', name: 'v1', note: 'Første.' }]);
  });
});
