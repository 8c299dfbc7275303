import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import type { Grid } from './grid-model.ts';

const session = (id: string, fields: Partial<Grid['sessions'][number]>): Grid['sessions'][number] => ({
  id,
  number: 1,
  title: id,
  typeName: 'Plenum',
  kind: 'plenary',
  track: null,
  speakers: [],
  roomId: null,
  startsAt: null,
  placement: null,
  durationMinutes: 45,
  capacity: null,
  ...fields,
});

function gridWith(unscheduledPlaced: boolean): Grid {
  return {
    edition: { id: 'e1', title: 'Ingenting om oss uten oss', dayStartsAt: '08:00', dayEndsAt: '18:00' },
    days: ['2031-10-20', '2031-10-21'],
    rooms: [
      { id: 'r1', name: 'Storsalen', capacity: 300 },
      { id: 'r2', name: 'Møterom 2', capacity: 30 },
    ],
    sessions: [
      session('s1', {
        title: 'Åpning',
        track: { name: 'Medborgerskap', colour: '#1f5f8b' },
        speakers: ['Kari Nordmann'],
        roomId: 'r1',
        startsAt: '2031-10-20T07:00:00.000Z',
        placement: { day: '2031-10-20', time: '09:00', overlap: null },
      }),
      session('s3', {
        number: 3,
        title: 'Erfaringer fra brukerstyrte senter',
        ...(unscheduledPlaced
          ? {
              roomId: 'r2',
              startsAt: '2031-10-21T11:30:00.000Z',
              placement: { day: '2031-10-21', time: '13:30', overlap: null },
              durationMinutes: 60,
            }
          : {}),
      }),
    ],
    warnings: unscheduledPlaced
      ? [{ kind: 'outsideDay', sessionId: 's1', reason: 'beforeStart' }]
      : [
          {
            kind: 'speakerClash',
            speakerId: 'sp1',
            speakerName: 'Kari Nordmann',
            sessionIds: ['s1', 's3'],
          },
        ],
  } as Grid;
}

describe('/konferanse/:editionId/programeditor', () => {
  it('places an unscheduled session with the keyboard form, announces it and returns focus to it', async () => {
    let placed = false;
    const calls: unknown[] = [];
    renderApp('/konferanse/e1/programeditor', {
      'account.me': () => accounts.coordinator,
      'conference.scheduling.grid': () => gridWith(placed),
      'conference.scheduling.placeSession': (input) => {
        calls.push(input);
        placed = true;
        return {
          id: 's3',
          room: { id: 'r2', name: 'Møterom 2' },
          startsAt: '2031-10-21T11:30:00.000Z',
          placement: { day: '2031-10-21', time: '13:30', overlap: null },
          durationMinutes: 60,
          warnings: [],
        };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Programeditor: Ingenting om oss uten oss' });
    expect(screen.getByText(/Alle tider er norsk tid/)).toBeTruthy();
    // The warning in words, with a way to each session it names.
    expect(
      screen.getByText(
        'Kari Nordmann er satt opp i både «Åpning» og «Erfaringer fra brukerstyrte senter», som går samtidig.',
      ),
    ).toBeTruthy();
    const unscheduled = screen.getByRole('region', { name: 'Ikke plassert' });
    fireEvent.click(within(unscheduled).getByRole('button', { name: 'Plasser «Erfaringer fra brukerstyrte senter»' }));

    const form = await screen.findByRole('region', { name: 'Plasser «Erfaringer fra brukerstyrte senter»' });
    expect(document.activeElement).toBe(within(form).getByRole('heading', { level: 2 }));
    // Start times every 15 minutes over the day window, in Norwegian time.
    const time = within(form).getByRole('combobox', { name: 'Starttid (norsk tid)' }) as HTMLSelectElement;
    expect([...time.options].map((o) => o.value)).toHaveLength(40);
    expect(time.options[0]!.value).toBe('08:00');
    expect(time.options[39]!.value).toBe('17:45');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Dag' }), { target: { value: '2031-10-21' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Rom' }), { target: { value: 'r2' } });
    fireEvent.change(time, { target: { value: '13:30' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Varighet' }), { target: { value: '60' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));

    expect(
      await screen.findByText(
        '«Erfaringer fra brukerstyrte senter» er plassert i Møterom 2, tirsdag 21. oktober kl. 13:30.',
      ),
    ).toBeTruthy();
    expect(calls).toEqual([{ sessionId: 's3', day: '2031-10-21', roomId: 'r2', time: '13:30', durationMinutes: 60 }]);
    expect(screen.getByRole('status').textContent).toMatch(/er plassert i Møterom 2/);
    // The grid shows the day it went to, and focus is back on the session, now «Flytt».
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Flytt «Erfaringer fra brukerstyrte senter»' }),
      ),
    );
    expect(screen.getByRole('tab', { name: 'tirsdag 21. oktober' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByRole('region', { name: /^Plasser «/ })).toBeNull();
    expect(screen.getByText('«Åpning» begynner før dagen starter kl. 08:00.')).toBeTruthy();
  });

  it('day tabs move with the arrow keys; a repeated hour is asked about and the refusal shown', async () => {
    const calls: unknown[] = [];
    const autumn = gridWith(false);
    autumn.days = ['2031-10-25', '2031-10-26'];
    autumn.edition.dayStartsAt = '00:00';
    renderApp('/konferanse/e1/programeditor', {
      'account.me': () => accounts.coordinator,
      'conference.scheduling.grid': () => autumn,
      'conference.scheduling.placeSession': (input) => {
        calls.push(input);
        throw new ServerError(
          'BAD_REQUEST',
          'Klokken 02:30 kommer to ganger 2031-10-26, fordi klokka stilles tilbake.',
          {
            time: 'Velg den første eller den andre.',
          },
        );
      },
    });
    const first = await screen.findByRole('tab', { name: 'lørdag 25. oktober' });
    expect(first.getAttribute('tabindex')).toBe('0');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    const second = screen.getByRole('tab', { name: 'søndag 26. oktober' });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
    expect(screen.getByRole('region', { name: 'Program søndag 26. oktober, rom og tider (norsk tid)' })).toBeTruthy();
    fireEvent.keyDown(second, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'End' });
    expect(document.activeElement).toBe(second);

    fireEvent.click(screen.getByRole('button', { name: 'Plasser «Erfaringer fra brukerstyrte senter»' }));
    const form = await screen.findByRole('region', { name: 'Plasser «Erfaringer fra brukerstyrte senter»' });
    expect((within(form).getByRole('combobox', { name: 'Dag' }) as HTMLSelectElement).value).toBe('2031-10-26');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Starttid (norsk tid)' }), {
      target: { value: '02:30' },
    });
    const question = within(form).getByRole('group', {
      name: 'Klokken 02:30 kommer to ganger denne dagen. Hvilken mener du?',
    });
    fireEvent.click(within(question).getByRole('radio', { name: 'Den andre (normaltid)' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(form).findAllByText(/Velg den første eller den andre/)).not.toHaveLength(0);
    expect(calls).toEqual([
      { sessionId: 's3', day: '2031-10-26', roomId: 'r1', time: '02:30', durationMinutes: 45, overlap: 'second' },
    ]);
  });

  it('a session dropped on a cell is placed in that room at that time', async () => {
    const calls: unknown[] = [];
    const { container } = renderApp('/konferanse/e1/programeditor', {
      'account.me': () => accounts.coordinator,
      'conference.scheduling.grid': () => gridWith(calls.length > 0),
      'conference.scheduling.placeSession': (input) => {
        calls.push(input);
        return {
          id: 's3',
          room: { id: 'r2', name: 'Møterom 2' },
          startsAt: '2031-10-20T08:00:00.000Z',
          placement: { day: '2031-10-20', time: '10:00', overlap: null },
          durationMinutes: 45,
          warnings: [],
        };
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const cell = container.querySelector('[data-cell="r2-10:00"]')!;
    const dataTransfer = { getData: () => 's3', setData: () => undefined, dropEffect: 'none' };
    fireEvent.dragOver(cell, { dataTransfer });
    fireEvent.drop(cell, { dataTransfer });
    expect(await screen.findByText(/er plassert i Møterom 2, mandag 20\. oktober kl\. 10:00\./)).toBeTruthy();
    expect(calls).toEqual([{ sessionId: 's3', day: '2031-10-20', roomId: 'r2', time: '10:00', durationMinutes: 45 }]);
  });
});
