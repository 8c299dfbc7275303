import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { CHOICES, SESSION, UNSCHEDULED } from './fixtures.ts';

const addSpeaker = (name: string) => {
  fireEvent.change(screen.getByLabelText(/^Velg foredragsholder/), {
    target: { value: CHOICES.speakers.find((s) => s.name === name)!.id },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));
};

describe('/konferanse/:editionId/sesjoner', () => {
  it('lists sessions with their Norwegian time or «Ikke plassert», and filters by the address', async () => {
    const { server } = renderApp('/konferanse/e1/sesjoner', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.list': (input) =>
        (input as { scheduled: string }).scheduled === 'unscheduled' ? [UNSCHEDULED] : [SESSION, UNSCHEDULED],
    });
    await screen.findByRole('heading', { level: 1, name: 'Sesjoner' });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    // 09:00 in Oslo (07:00 UTC, summer time), whatever the machine's zone.
    expect(rows[1]!.textContent).toMatch(/09:00, Storsalen/);
    expect(rows[1]!.textContent).toMatch(/Kari Nordmann/);
    expect(rows[2]!.textContent).toMatch(/Ikke plassert/);
    expect(screen.getByRole('columnheader', { name: /norsk tid/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Vis/), { target: { value: 'unscheduled' } });
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(server.calls.filter((c) => c.path === 'conference.sessions.list').at(-1)!.input).toMatchObject({
      editionId: 'e1',
      scheduled: 'unscheduled',
    });
    expect(screen.getByRole('link', { name: 'Ny sesjon' }).getAttribute('href')).toBe('/konferanse/e1/sesjoner/ny');
  });
});

describe('/konferanse/:editionId/sesjoner/ny', () => {
  it('adds speakers with the select and «Legg til», orders them by buttons, and sends them in that order', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { router } = renderApp('/konferanse/e1/sesjoner/ny', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.choices': () => CHOICES,
      'conference.sessions.create': (input) => {
        sent.push(input as Record<string, unknown>);
        return { ...UNSCHEDULED, id: 's9' };
      },
      'conference.sessions.get': () => UNSCHEDULED,
    });
    await screen.findByRole('heading', { level: 1, name: 'Ny sesjon' });
    fireEvent.change(screen.getByLabelText(/^Tittel/), { target: { value: 'Bolig først' } });
    fireEvent.change(screen.getByLabelText(/^Stikkord/), { target: { value: 'bolig, , arbeid ' } });
    fireEvent.change(screen.getByLabelText(/^Plasser for påmelding/), { target: { value: '25' } });
    fireEvent.click(screen.getByLabelText('Tegnspråktolket'));
    addSpeaker('Kari Nordmann');
    expect(screen.getByRole('status').textContent).toBe('Kari Nordmann er lagt til.');
    addSpeaker('Per Hansen');
    // The chosen ones leave the select.
    const select = screen.getByLabelText(/^Velg foredragsholder/);
    expect(within(select).queryByRole('option', { name: 'Kari Nordmann' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Flytt Per Hansen opp' }));
    expect(screen.getByRole('status').textContent).toBe('Flyttet til plass 1.');
    // Focus stays with the moved speaker (now first: its «down» button).
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Flytt Per Hansen ned'));
    const list = within(screen.getByRole('region', { name: 'Foredragsholdere' })).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')?.textContent),
    ).toEqual(['Per Hansen', 'Kari Nordmann']);

    fireEvent.click(screen.getByRole('button', { name: 'Opprett sesjon' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/konferanse/e1/sesjoner/s9'));
    expect(sent[0]).toMatchObject({
      editionId: 'e1',
      title: 'Bolig først',
      tags: ['bolig', 'arbeid'],
      capacity: 25,
      durationMinutes: 45,
      signLanguage: true,
      typeId: null,
      speakerIds: ['sp3', 'sp1'],
    });
    expect(await screen.findByText('Sesjonen er opprettet.')).toBeTruthy();
  });
});

describe('/konferanse/:editionId/sesjoner/:sessionId', () => {
  it('shows where it is placed, links to the programme editor, shows a refusal at its field, and deletes after asking', async () => {
    const message = 'Valget hører ikke til denne konferansen. Last siden på nytt og velg igjen.';
    const deleted: unknown[] = [];
    const { router } = renderApp('/konferanse/e1/sesjoner/s1', {
      'account.me': () => accounts.coordinator,
      'conference.sessions.choices': () => CHOICES,
      'conference.sessions.get': () => SESSION,
      'conference.sessions.list': () => [],
      'conference.sessions.update': () => {
        throw new ServerError('BAD_REQUEST', message, { typeId: message });
      },
      'conference.sessions.delete': (input) => {
        deleted.push(input);
        return { ok: true };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Åpning' });
    expect(screen.getByText(/Plassert: .*09:00, Storsalen\. Alle tider er norsk tid\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Plasser i programeditoren' }).getAttribute('href')).toBe(
      '/konferanse/e1/programeditor',
    );
    // The session's speakers are in the list already.
    expect(screen.getByRole('button', { name: 'Fjern Kari Nordmann' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    expect(screen.getByLabelText(/^Type/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Slett sesjonen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/«Åpning» slettes fra arbeidskopien/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett sesjonen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/konferanse/e1/sesjoner'));
    expect(deleted).toEqual([{ sessionId: 's1' }]);
    expect(await screen.findByText('Sesjonen er slettet.')).toBeTruthy();
  });
});
