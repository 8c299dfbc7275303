import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { editionFixture, reorder } from './fixtures.ts';

/** A fake server whose edition changes as the page's calls change it. */
function server() {
  const edition = editionFixture();
  const calls: Record<string, unknown[]> = {};
  const record = (name: string, input: unknown) => (calls[name] ??= []).push(input);
  const handlers = {
    'account.me': () => accounts.coordinator,
    'conference.editing.edition': () => structuredClone(edition),
    'conference.editing.createTrack': (input: unknown) => {
      record('createTrack', input);
      const { editionId: _e, ...fields } = input as { editionId: string; name: string; colour: string };
      edition.tracks.push({ ...edition.tracks[0]!, ...fields, id: 't3', sessions: 0 });
      return { id: 't3' };
    },
    'conference.editing.reorderTracks': (input: unknown) => {
      record('reorderTracks', input);
      edition.tracks = reorder(edition.tracks, (input as { trackIds: string[] }).trackIds);
      return { tracks: edition.tracks.length };
    },
    'conference.editing.deleteTrack': (input: unknown) => {
      record('deleteTrack', input);
      edition.tracks = edition.tracks.filter((t) => t.id !== (input as { trackId: string }).trackId);
      return { sessionsChanged: 3 };
    },
    'conference.editing.createSessionType': (input: unknown) => {
      record('createSessionType', input);
      const { editionId: _e, ...fields } = input as { editionId: string; name: string; kind: 'poster' };
      edition.sessionTypes.push({ ...edition.sessionTypes[0]!, ...fields, id: 'st3', sessions: 0 });
      return { id: 'st3' };
    },
    'conference.editing.updateSessionType': (input: unknown) => {
      record('updateSessionType', input);
      const { sessionTypeId, ...fields } = input as { sessionTypeId: string };
      edition.sessionTypes = edition.sessionTypes.map((t) => (t.id === sessionTypeId ? { ...t, ...fields } : t));
      return { id: sessionTypeId };
    },
    'conference.editing.reorderSessionTypes': (input: unknown) => {
      record('reorderSessionTypes', input);
      edition.sessionTypes = reorder(edition.sessionTypes, (input as { sessionTypeIds: string[] }).sessionTypeIds);
      return { sessionTypes: edition.sessionTypes.length };
    },
    'conference.editing.deleteSessionType': (input: unknown) => {
      record('deleteSessionType', input);
      edition.sessionTypes = edition.sessionTypes.filter(
        (t) => t.id !== (input as { sessionTypeId: string }).sessionTypeId,
      );
      return { sessionsChanged: 1 };
    },
  };
  return { handlers, calls };
}

describe('/konferanse/:editionId/spor', () => {
  it('says the contrast as the colour is typed, refuses a colour that fails it, and orders the tracks', async () => {
    const { handlers, calls } = server();
    renderApp('/konferanse/e1/spor', handlers);
    await screen.findByRole('heading', { level: 1, name: 'Spor og sesjonstyper – Ingenting om oss uten oss' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const add = screen.getByRole('form', { name: 'Legg til spor' });
    const colour = within(add).getByLabelText(/^Farge/);
    // The field is described by the feedback too (beside the hint), so it is heard on focus.
    expect(colour.getAttribute('aria-describedby')!.split(' ')).toContain('track-new-contrast');
    const feedback = document.getElementById('track-new-contrast')!;
    expect(feedback.getAttribute('aria-live')).toBe('polite');
    expect(feedback.textContent).toMatch(/^Kontrast \d+(\.\d)?:1 – godkjent$/);

    fireEvent.change(within(add).getByLabelText(/^Navn/), { target: { value: 'Bolig' } });
    fireEvent.change(colour, { target: { value: '#777777' } });
    expect(feedback.textContent).toBe('Kontrast 4.4:1 – for lav, må være minst 4.5:1');
    fireEvent.change(colour, { target: { value: 'gul' } });
    expect(feedback.textContent).toBe('Skriv fargen som #rrggbb for å se kontrasten.');
    fireEvent.change(colour, { target: { value: '#777777' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Legg til spor' }));
    // Refused before it is sent, in the summary and at the field.
    const summary = await within(add).findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    const link = within(summary.closest('[tabindex="-1"]') as HTMLElement).getByRole('link');
    const refusal = 'Fargen har kontrast 4.4:1 mot hvit, men må ha minst 4.5:1. Velg en mørkere farge.';
    expect(link.textContent).toBe(`Farge: ${refusal}`);
    expect(link.getAttribute('href')).toBe('#track-new-colour');
    expect(colour.getAttribute('aria-invalid')).toBe('true');
    expect(calls.createTrack).toBeUndefined();

    fireEvent.change(colour, { target: { value: '#5c2d91' } });
    expect(feedback.textContent).toMatch(/– godkjent$/);
    fireEvent.click(within(add).getByRole('button', { name: 'Legg til spor' }));
    await screen.findByText('Sporet er lagt til.');
    expect(calls.createTrack).toEqual([{ editionId: 'e1', name: 'Bolig', colour: '#5c2d91', description: '' }]);
    expect(within(add).queryByText('Feil i skjemaet. Rett opp dette før du går videre:')).toBeNull();

    const tracks = screen.getByRole('region', { name: 'Spor' });
    fireEvent.click(within(tracks).getByRole('button', { name: 'Flytt Medborgerskap ned' }));
    await screen.findByText('Medborgerskap er flyttet til plass 2.');
    expect(calls.reorderTracks).toEqual([{ editionId: 'e1', trackIds: ['t2', 't1', 't3'] }]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(tracks).getByRole('button', { name: 'Flytt Medborgerskap ned' })),
    );

    fireEvent.click(within(tracks).getByRole('button', { name: 'Slett Medborgerskap' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('3 sesjoner hører til dette sporet. De beholdes, men uten spor.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett Medborgerskap' }));
    await screen.findByText('Sporet er slettet.');
    expect(calls.deleteTrack).toEqual([{ trackId: 't1' }]);
  });

  it('adds, edits, orders and deletes session types', async () => {
    const { handlers, calls } = server();
    renderApp('/konferanse/e1/spor', handlers);
    const types = await screen.findByRole('region', { name: 'Sesjonstyper' });
    fireEvent.click(within(types).getByRole('button', { name: 'Flytt Verksted opp' }));
    await screen.findByText('Verksted er flyttet til plass 1.');
    expect(calls.reorderSessionTypes).toEqual([{ editionId: 'e1', sessionTypeIds: ['st2', 'st1'] }]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(types).getByRole('button', { name: 'Flytt Verksted ned' })),
    );

    const add = within(types).getByRole('form', { name: 'Legg til sesjonstype' });
    fireEvent.change(within(add).getByLabelText(/^Navn/), { target: { value: 'Poster' } });
    fireEvent.change(within(add).getByLabelText(/^Slag/), { target: { value: 'poster' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Legg til sesjonstype' }));
    await screen.findByText('Sesjonstypen er lagt til.');
    expect(calls.createSessionType).toEqual([{ editionId: 'e1', name: 'Poster', kind: 'poster' }]);

    fireEvent.click(within(types).getByRole('button', { name: 'Rediger Plenum' }));
    const edit = within(types).getByRole('form', { name: 'Rediger Plenum' });
    await waitFor(() => expect(document.activeElement).toBe(within(edit).getByLabelText(/^Navn/)));
    fireEvent.change(within(edit).getByLabelText(/^Navn/), { target: { value: 'Plenum (store sal)' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Lagre Plenum' }));
    await screen.findByText('Sesjonstypen er lagret.');
    expect(calls.updateSessionType).toEqual([{ sessionTypeId: 'st1', name: 'Plenum (store sal)', kind: 'plenary' }]);
    await waitFor(() =>
      expect(document.activeElement).toBe(within(types).getByRole('button', { name: 'Rediger Plenum (store sal)' })),
    );

    fireEvent.click(within(types).getByRole('button', { name: 'Slett Verksted' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('1 sesjoner har denne typen. De beholdes, men uten type.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett Verksted' }));
    await screen.findByText('Sesjonstypen er slettet.');
    expect(calls.deleteSessionType).toEqual([{ sessionTypeId: 'st2' }]);
    expect(within(types).queryByRole('button', { name: 'Slett Verksted' })).toBeNull();
  });
});
