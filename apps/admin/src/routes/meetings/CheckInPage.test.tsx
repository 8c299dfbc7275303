import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { queueKey } from './check-in-queue.ts';
import { MEETING } from './fixtures.ts';

const person = (registrationId: string, name: string, organisation: string | null, attended = false) => ({
  registrationId,
  name,
  organisation,
  attendance: 'in_person',
  attended,
  markedAt: attended ? '2031-05-21T06:40:00.000Z' : null,
});
const LIST = {
  window: 'open',
  opensAt: '2031-05-21T04:00:00.000Z',
  closesAt: '2031-05-28T13:30:00.000Z',
  people: [
    person('r1', 'Bjørn Berg', 'Trondheim kommune', true),
    person('r2', 'Kari Nordmann', null),
    person('r3', 'Åse Ødegård', 'Mental Helse Trøndelag'),
  ],
};

let online = true;
const setOnline = (value: boolean) => {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
};
beforeEach(() => {
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  localStorage.clear();
});
afterEach(() => localStorage.clear());

type Mark = { registrationId: string; attended: boolean; markedAt: string };

/** A server that keeps what `mark` answers. */
function render(mark: (marks: Mark[]) => { current: Array<{ registrationId: string; attended: boolean }> }) {
  const sent: Mark[][] = [];
  let people = LIST.people;
  renderApp('/moter/m1/innsjekk', {
    'account.me': () => accounts.coordinator,
    'meetings.get': () => MEETING,
    'meetings.checkIn.list': () => ({ ...LIST, people }),
    'meetings.checkIn.mark': (input) => {
      const { marks } = input as { marks: Mark[] };
      sent.push(marks);
      const answer = mark(marks);
      const saved = new Map(answer.current.map((c) => [c.registrationId, c.attended]));
      people = people.map((p) => ({ ...p, attended: saved.get(p.registrationId) ?? p.attended }));
      return answer;
    },
  });
  return sent;
}
const saved = (marks: Mark[]) => ({
  results: marks.map((m) => ({ registrationId: m.registrationId, outcome: 'applied' })),
  current: marks.map((m) => ({ registrationId: m.registrationId, attended: m.attended, markedAt: m.markedAt })),
});
const box = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const status = () => screen.getAllByRole('status').find((s) => s.classList.contains('kp-checkin__status'))!;

describe('/moter/:meetingId/innsjekk', () => {
  it('finds people by name whatever the accents, announces the hits, and counts who has come', async () => {
    render(saved);
    await screen.findByRole('heading', { level: 1, name: 'Innsjekk: Fagsamling i Trondheim' });
    await screen.findByText('1 av 3 har møtt');
    const group = screen.getByRole('group', { name: 'Kryss av for dem som har møtt' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    expect(box(/Bjørn Berg/).checked).toBe(true);
    expect(box(/Kari Nordmann/).closest('label')!.textContent).toContain('Uten organisasjon');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk etter navn' }), { target: { value: 'ase odeg' } });
    expect(screen.getByText('1 treff').getAttribute('role')).toBe('status');
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    expect(box(/Åse Ødegård/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk etter navn' }), { target: { value: 'zz' } });
    expect(screen.getByText('0 treff')).toBeTruthy();
    expect(screen.getByText('Ingen navn passer med søket.')).toBeTruthy();
  });

  it('shows a mark at once, keeps it while offline, and sends it when the connection returns', async () => {
    const sent = render(saved);
    await screen.findByText('1 av 3 har møtt');
    expect(status().textContent).toContain('Alt er sendt.');

    setOnline(false);
    fireEvent.click(box(/Kari Nordmann/));
    fireEvent.click(box(/Åse Ødegård/));
    expect(box(/Kari Nordmann/).checked).toBe(true);
    expect(screen.getByText('3 av 3 har møtt')).toBeTruthy();
    await waitFor(() => expect(status().textContent).toContain('2 markeringer venter på nett.'));
    expect(status().textContent).toContain('Du er uten nett.');
    expect(box(/Kari Nordmann/).getAttribute('aria-describedby')).toBeTruthy();
    // Kept on the phone: a reload would find them.
    const kept = JSON.parse(localStorage.getItem(queueKey('m1'))!) as Mark[];
    expect(kept.map((m) => [m.registrationId, m.attended])).toEqual([
      ['r2', true],
      ['r3', true],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent).toHaveLength(0);

    setOnline(true);
    await waitFor(() => expect(status().textContent).toContain('Alt er sendt.'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((m) => m.registrationId)).toEqual(['r2', 'r3']);
    expect(localStorage.getItem(queueKey('m1'))).toBeNull();
    expect(box(/Kari Nordmann/).checked).toBe(true);
  });

  it('sends marks left from an earlier visit, and tries again after a failed request', async () => {
    localStorage.setItem(
      queueKey('m1'),
      JSON.stringify([{ registrationId: 'r1', attended: false, markedAt: '2031-05-21T07:00:00.000Z' }]),
    );
    let fail = true;
    const sent = render((marks) => {
      if (fail) {
        fail = false;
        throw new Error('boom'); // a 400 in the fake server: refused, shown, retried on request
      }
      return saved(marks);
    });
    await screen.findByText('0 av 3 har møtt');
    expect(await screen.findByText(/Markeringene ble ikke tatt imot/)).toBeTruthy();
    expect(status().textContent).toContain('1 markering venter på nett.');
    fireEvent.click(screen.getByRole('button', { name: 'Send på nytt' }));
    await waitFor(() => expect(status().textContent).toContain('Alt er sendt.'));
    expect(sent).toHaveLength(2);
    expect(box(/Bjørn Berg/).checked).toBe(false);
  });

  it('shows what the server keeps when another phone marked later', async () => {
    render((marks) => ({
      results: marks.map((m) => ({ registrationId: m.registrationId, outcome: 'stale' })),
      current: marks.map((m) => ({ registrationId: m.registrationId, attended: false, markedAt: m.markedAt })),
    }));
    await screen.findByText('1 av 3 har møtt');
    fireEvent.click(box(/Kari Nordmann/));
    expect(box(/Kari Nordmann/).checked).toBe(true);
    await waitFor(() => expect(status().textContent).toContain('Alt er sendt.'));
    expect(box(/Kari Nordmann/).checked).toBe(false);
  });

  it('lists but does not mark before check-in opens', async () => {
    renderApp('/moter/m1/innsjekk', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.checkIn.list': () => ({ ...LIST, window: 'notYet' }),
      'meetings.checkIn.mark': () => {
        throw new ServerError('CONFLICT', 'Innsjekken åpner tre timer før møtet starter.');
      },
    });
    expect(await screen.findByText(/Innsjekken åpner/)).toBeTruthy();
    expect(box(/Kari Nordmann/).disabled).toBe(true);
  });
});
