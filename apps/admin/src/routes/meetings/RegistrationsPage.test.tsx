import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { MEETING } from './fixtures.ts';

const noNeeds = {
  dietary: null,
  wheelchair: false,
  signLanguage: false,
  writtenInterpretation: false,
  hearingLoop: false,
  otherAccessNeeds: null,
  travelSupport: false,
};
const row = (
  id: string,
  name: string,
  status: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  id,
  status,
  position: 1,
  attendance: 'in_person',
  listConsent: true,
  arrivedAt: null,
  cancelledAt: null,
  user: { id: `u-${id}`, name, email: `${id}@example.no` },
  organisation: { id: 'o1', name: 'Mental Helse Trondheim' },
  registeredBy: null,
  needs: noNeeds,
  waitingPlace: null,
  ...extra,
});

describe('/moter/:meetingId/pameldinger', () => {
  it('lists seats and the waiting list with organisation, attendance and needs, and moves people', async () => {
    let registrations = [
      row('r1', 'Per Påmeldt', 'confirmed', {
        needs: { ...noNeeds, dietary: 'Vegetar', wheelchair: true, travelSupport: true },
      }),
      row('r2', 'Ola Digital', 'confirmed', { attendance: 'online', organisation: null, needs: null }),
      row('r3', 'Vera Venter', 'waiting', { waitingPlace: 1 }),
      row('r4', 'Avmeldt Person', 'cancelled'),
    ];
    const moves: unknown[] = [];
    renderApp('/moter/m1/pameldinger', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => MEETING,
      'meetings.registrations': () => registrations,
      'meetings.moveRegistration': (input) => {
        moves.push(input);
        const { registrationId, to } = input as { registrationId: string; to: string };
        if (to === 'confirmed') {
          throw new ServerError(
            'CONFLICT',
            'Alle plassene er tatt. Flytt noen til ventelisten først, eller øk antallet plasser.',
          );
        }
        registrations = registrations.map((r) =>
          r.id === registrationId ? { ...r, status: 'waiting', waitingPlace: 2 } : r,
        );
        return { status: 'waiting' };
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Påmeldinger: Fagsamling i Trondheim' });
    expect(screen.getByText(/slettes etter møtet/).textContent).toMatch(/logget/);
    // 30 days after the end (21 May 2031).
    expect(screen.getByText(/reisestøtte slettes 20\. juni 2031\./)).toBeTruthy();

    const confirmed = await screen.findByRole('table', { name: 'Påmeldte' });
    const per = within(confirmed)
      .getByRole('rowheader', { name: /Per Påmeldt/ })
      .closest('tr')!;
    expect(within(per).getByText('Mental Helse Trondheim')).toBeTruthy();
    expect(within(per).getByText('Deltar fysisk')).toBeTruthy();
    expect(within(per).getByText('Kosthold: Vegetar')).toBeTruthy();
    expect(within(per).getByText('Rullestol')).toBeTruthy();
    expect(within(per).getByText('Søker reisestøtte')).toBeTruthy();
    const ola = within(confirmed)
      .getByRole('rowheader', { name: /Ola Digital/ })
      .closest('tr')!;
    expect(within(ola).getByText('Deltar digitalt')).toBeTruthy();
    expect(within(ola).getByText('Ingen oppgitt')).toBeTruthy();
    expect(screen.queryByText('Avmeldt Person')).toBeNull();

    const waiting = screen.getByRole('table', { name: 'Venteliste' });
    const vera = within(waiting)
      .getByRole('rowheader', { name: /Vera Venter/ })
      .closest('tr')!;
    expect(within(vera).getAllByRole('cell')[0]!.textContent).toBe('1');

    // No seat free: the API's refusal is shown.
    fireEvent.click(within(vera).getByRole('button', { name: 'Gi Vera Venter plass' }));
    expect(await screen.findByText(/Alle plassene er tatt/)).toBeTruthy();

    fireEvent.click(within(per).getByRole('button', { name: 'Flytt Per Påmeldt til ventelisten' }));
    expect(await screen.findByText('Per Påmeldt er flyttet til ventelisten.')).toBeTruthy();
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Venteliste' })).getByText('Per Påmeldt')).toBeTruthy(),
    );
    expect(moves).toEqual([
      { registrationId: 'r3', to: 'confirmed' },
      { registrationId: 'r1', to: 'waiting' },
    ]);
  });

  it('after the deletion: when it happened and the counts kept', async () => {
    renderApp('/moter/m1/pameldinger', {
      'account.me': () => accounts.coordinator,
      'meetings.get': () => ({
        ...MEETING,
        sensitiveErasedAt: '2031-06-21T01:17:00.000Z',
        sensitiveCounts: {
          confirmed: 2,
          dietary: 1,
          wheelchair: 1,
          signLanguage: 0,
          writtenInterpretation: 0,
          hearingLoop: 0,
          otherAccessNeeds: 0,
          travelSupport: 1,
        },
      }),
      'meetings.registrations': () => [row('r1', 'Per Påmeldt', 'confirmed', { needs: null })],
    });
    expect(await screen.findByText(/ble slettet 21\. juni 2031\./)).toBeTruthy();
    expect(screen.getByText('Kosthold: 1')).toBeTruthy();
    expect(screen.getByText('Reisestøtte: 1')).toBeTruthy();
    expect(screen.getByText('Påmeldt: 2')).toBeTruthy();
  });
});
