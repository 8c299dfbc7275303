import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { editionFixture, reorder } from './fixtures.ts';

const REQUIRED = 'Feltet må fylles ut.';

/** A fake server whose edition changes as the page's calls change it. */
function server() {
  const edition = editionFixture();
  const calls: Record<string, unknown[]> = { create: [], update: [], reorder: [], delete: [] };
  const handlers = {
    'account.me': () => accounts.coordinator,
    'conference.editing.edition': () => structuredClone(edition),
    'conference.editing.createRoom': (input: unknown) => {
      calls.create!.push(input);
      const { name, editionId: _e, ...rest } = input as { name: string; editionId: string };
      if (!name) throw new ServerError('BAD_REQUEST', REQUIRED, { name: REQUIRED });
      edition.rooms.push({ ...edition.rooms[0]!, ...rest, name, id: 'r4', sessions: 0 });
      return { id: 'r4' };
    },
    'conference.editing.updateRoom': (input: unknown) => {
      calls.update!.push(input);
      const { roomId, ...rest } = input as { roomId: string };
      edition.rooms = edition.rooms.map((r) => (r.id === roomId ? { ...r, ...rest } : r));
      return { id: roomId };
    },
    'conference.editing.reorderRooms': (input: unknown) => {
      calls.reorder!.push(input);
      edition.rooms = reorder(edition.rooms, (input as { roomIds: string[] }).roomIds);
      return { rooms: edition.rooms.length };
    },
    'conference.editing.deleteRoom': (input: unknown) => {
      calls.delete!.push(input);
      edition.rooms = edition.rooms.filter((r) => r.id !== (input as { roomId: string }).roomId);
      return { sessionsUnscheduled: 4 };
    },
  };
  return { handlers, calls };
}

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('strong')!.textContent);

describe('/konferanse/:editionId/rom', () => {
  it('moves rooms with buttons (focus follows), adds, edits and deletes one after confirming', async () => {
    const { handlers, calls } = server();
    renderApp('/konferanse/e1/rom', handlers);
    await screen.findByRole('heading', { level: 1, name: 'Rom – Ingenting om oss uten oss' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Tilbake til Ingenting om oss uten oss' }).getAttribute('href')).toBe(
      '/konferanse/e1',
    );
    const rooms = screen.getByRole('region', { name: 'Rommene i programmet' });
    const list = within(rooms).getByRole('list');
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain(
      '400 plasser · Teleslynge · Trinnfri adkomst',
    );
    // The first has no "up", the last no "down".
    expect(within(rooms).queryByRole('button', { name: 'Flytt Store sal opp' })).toBeNull();
    expect(within(rooms).queryByRole('button', { name: 'Flytt Bibliotek ned' })).toBeNull();

    fireEvent.click(within(rooms).getByRole('button', { name: 'Flytt Store sal ned' }));
    await screen.findByText('Store sal er flyttet til plass 2.');
    expect(names(list)).toEqual(['Møterom 2', 'Store sal', 'Bibliotek']);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rooms).getByRole('button', { name: 'Flytt Store sal ned' })),
    );
    fireEvent.click(within(rooms).getByRole('button', { name: 'Flytt Store sal ned' }));
    await screen.findByText('Store sal er flyttet til plass 3.');
    // Now last: its "down" is gone, focus is on its "up".
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rooms).getByRole('button', { name: 'Flytt Store sal opp' })),
    );
    expect(calls.reorder).toEqual([
      { editionId: 'e1', roomIds: ['r2', 'r1', 'r3'] },
      { editionId: 'e1', roomIds: ['r2', 'r3', 'r1'] },
    ]);

    // Adding: a missing name is shown in the summary and at the field.
    const add = screen.getByRole('form', { name: 'Legg til rom' });
    fireEvent.click(within(add).getByRole('button', { name: 'Legg til rom' }));
    const summary = await within(add).findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    const link = within(summary.closest('[tabindex="-1"]') as HTMLElement).getByRole('link');
    expect(link.textContent).toBe(REQUIRED);
    expect(link.getAttribute('href')).toBe('#room-new-name');
    expect(within(add).getByLabelText(/^Navn/).getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(within(add).getByLabelText(/^Navn/), { target: { value: 'Lille sal' } });
    fireEvent.change(within(add).getByLabelText(/^Antall plasser/), { target: { value: '80' } });
    fireEvent.change(within(add).getByLabelText(/^Etasje/), { target: { value: '2' } });
    fireEvent.click(within(add).getByRole('checkbox', { name: 'Teleslynge' }));
    fireEvent.click(within(add).getByRole('button', { name: 'Legg til rom' }));
    await screen.findByText('Rommet er lagt til.');
    expect(calls.create![1]).toEqual({
      editionId: 'e1',
      name: 'Lille sal',
      capacity: 80,
      floor: '2',
      hearingLoop: true,
      stepFree: false,
      interpreted: false,
      accessibilityNote: '',
    });
    expect(names(list)).toEqual(['Møterom 2', 'Bibliotek', 'Store sal', 'Lille sal']);
    expect((within(add).getByLabelText(/^Navn/) as HTMLInputElement).value).toBe('');

    // Editing in place: focus goes to the form, and back to its button when saved.
    fireEvent.click(within(rooms).getByRole('button', { name: 'Rediger Bibliotek' }));
    const edit = screen.getByRole('form', { name: 'Rediger Bibliotek' });
    await waitFor(() => expect(document.activeElement).toBe(within(edit).getByLabelText(/^Navn/)));
    expect((within(edit).getByLabelText(/^Antall plasser/) as HTMLInputElement).value).toBe('');
    fireEvent.change(within(edit).getByLabelText(/^Antall plasser/), { target: { value: '25' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Lagre Bibliotek' }));
    await screen.findByText('Rommet er lagret.');
    expect(calls.update).toEqual([expect.objectContaining({ roomId: 'r3', name: 'Bibliotek', capacity: 25 })]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rooms).getByRole('button', { name: 'Rediger Bibliotek' })),
    );
    expect(screen.queryByRole('form', { name: 'Rediger Bibliotek' })).toBeNull();

    // Deleting asks first, naming how many sessions lose the room; focus then goes to the list's heading.
    // A keyboard user's focus is on the button (a click in happy-dom does not move it there).
    const opener = within(rooms).getByRole('button', { name: 'Slett Store sal' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Slette Store sal?')).toBeTruthy();
    expect(
      within(dialog).getByText(
        '4 sesjoner er plassert i dette rommet. De beholdes, men mister rommet og må plasseres på nytt.',
      ),
    ).toBeTruthy();
    expect(calls.delete).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett Store sal' }));
    await screen.findByText('Rommet er slettet.');
    expect(calls.delete).toEqual([{ roomId: 'r1' }]);
    expect(names(list)).toEqual(['Møterom 2', 'Bibliotek', 'Lille sal']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Rommene i programmet' })),
    );
  });
});
