import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';
import { MEETING } from './fixtures.ts';

const draft = {
  ...MEETING,
  status: 'draft',
  // 02:30 on 26 October 2031 in winter time (UTC+1): the second of the two.
  startsAt: '2031-10-26T01:30:00.000Z',
  endsAt: '2031-10-26T05:00:00.000Z',
  agenda: [
    {
      startsAt: '2031-10-26T01:30:00.000Z',
      title: 'Siden sist',
      description: null,
      leader: 'Kari',
      kind: 'since_last',
    },
    { startsAt: null, title: 'Lunsj', description: null, leader: null, kind: 'meal' },
  ],
};

describe('/moter/:meetingId', () => {
  it('moves agenda items with buttons (focus follows), saves them in order, and cancels after confirming', async () => {
    const calls: Record<string, unknown[]> = { setAgenda: [], cancel: [], update: [] };
    let status = 'draft';
    renderApp('/moter/m1', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => ({ ...draft, status }),
      'meetings.update': (input) => {
        calls.update!.push(input);
        return { id: 'm1', slug: MEETING.slug, sequence: 0, changes: [] };
      },
      'meetings.setAgenda': (input) => {
        calls.setAgenda!.push(input);
        return { items: 2 };
      },
      'meetings.cancel': (input) => {
        calls.cancel!.push(input);
        status = 'cancelled';
        return { id: 'm1', status, sequence: 0 };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Fagsamling i Trondheim' });
    expect(screen.getByText(/Status: Utkast/)).toBeTruthy();

    // A start in the autumn overlap comes back with its answer filled in, and is sent with it.
    const choice = screen.getByRole('group', { name: /^Hvilken klokken 02:30\?/ });
    expect((within(choice).getByRole('radio', { name: 'Den andre (normaltid)' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    await screen.findByText('Endringene er lagret.');
    expect(calls.update![0]).toMatchObject({
      meetingId: 'm1',
      startsAt: { date: '2031-10-26', time: '02:30', disambiguation: 'later' },
    });

    const agenda = screen.getByRole('region', { name: 'Program' });
    fireEvent.click(within(agenda).getByRole('button', { name: 'Flytt punkt 1 ned' }));
    const first = within(agenda).getByRole('group', { name: 'Punkt 1' });
    expect((within(first).getByLabelText(/^Tittel/) as HTMLInputElement).value).toBe('Lunsj');
    // The moved item is now last: focus is on its "up" button.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(agenda).getByRole('button', { name: 'Flytt punkt 2 opp' })),
    );
    expect(screen.getByText('Punkt flyttet til plass 2.')).toBeTruthy();
    fireEvent.click(within(agenda).getByRole('button', { name: 'Lagre programmet' }));
    await within(agenda).findByText('Programmet er lagret.');
    expect(calls.setAgenda![0]).toEqual({
      meetingId: 'm1',
      items: [
        { startsAt: null, title: 'Lunsj', description: null, leader: null, kind: 'meal' },
        {
          startsAt: { date: '2031-10-26', time: '02:30', disambiguation: 'later' },
          title: 'Siden sist',
          description: null,
          leader: 'Kari',
          kind: 'since_last',
        },
      ],
    });

    // Publish is offered for a draft; cancelling asks first.
    expect(screen.getByRole('button', { name: 'Publiser møtet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merk som gjennomført' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Avlys møtet' }));
    const dialog = await screen.findByRole('dialog');
    expect(calls.cancel).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avlys møtet' }));
    await screen.findByText('Møtet er avlyst.');
    expect(calls.cancel).toEqual([{ meetingId: 'm1' }]);
    await screen.findByText(/kan ikke endres lenger/);
    expect(screen.queryByRole('button', { name: 'Lagre endringene' })).toBeNull();
  });
});
