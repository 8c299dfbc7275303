import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { MEETING } from './fixtures.ts';

const NETWORKS = [{ id: 'n1', name: 'Recovery-nettverk Midt-Norge', counties: [], memberCount: 3 }];

function fill(date: string, start: string, end: string) {
  fireEvent.change(screen.getByLabelText(/^Tittel/), { target: { value: 'Høstsamling' } });
  fireEvent.change(screen.getByLabelText(/^Dato/), { target: { value: date } });
  fireEvent.change(screen.getByLabelText(/^Starter klokken/), { target: { value: start } });
  fireEvent.change(screen.getByLabelText(/^Slutter klokken/), { target: { value: end } });
  fireEvent.change(screen.getByLabelText(/^Sted/), { target: { value: 'Britannia' } });
}

describe('/moter/ny', () => {
  it('asks "which 02:30?" when the server refuses a time in the autumn overlap, and sends the answer', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { router } = renderApp('/moter/ny', {
      'account.me': () => accounts.coordinator,
      'networks.list': () => NETWORKS,
      'meetings.create': (input) => {
        sent.push(input as Record<string, unknown>);
        if (sent.length === 1) {
          const message =
            'Klokken 02:30 kommer to ganger 2031-10-26, fordi klokka stilles tilbake. Velg den første (sommertid) eller den andre (normaltid).';
          throw new ServerError('BAD_REQUEST', message, { startsAt: message });
        }
        return { id: 'm1', slug: 'hostsamling-2031-10-26' };
      },
      'meetings.get': () => MEETING,
    });
    await screen.findByRole('heading', { level: 1, name: 'Nytt møte' });
    // The only network the coordinator has is chosen for them.
    await waitFor(() => expect((screen.getByLabelText(/^Nettverk/) as HTMLSelectElement).value).toBe('n1'));
    fill('2031-10-26', '02:30', '05:00');
    expect(screen.queryByRole('group', { name: /^Hvilken klokken 02:30\?/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lagre som utkast' }));

    await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    const choice = await screen.findByRole('group', { name: /^Hvilken klokken 02:30\?/ });
    const start = screen.getByLabelText(/^Starter klokken/);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    // The answers are kept 30 days after the meeting unless the coordinator says otherwise.
    expect(sent[0]).toMatchObject({
      networkId: 'n1',
      startsAt: { date: '2031-10-26', time: '02:30' },
      sensitiveRetentionDays: 30,
    });
    expect(sent[0]!.startsAt).not.toHaveProperty('disambiguation');

    fireEvent.click(within(choice).getByRole('radio', { name: 'Den andre (normaltid)' }));
    fireEvent.change(screen.getByLabelText(/^Slett svar om kosthold/), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre som utkast' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/moter/m1'));
    expect(sent[1]).toMatchObject({
      title: 'Høstsamling',
      startsAt: { date: '2031-10-26', time: '02:30', disambiguation: 'later' },
      endsAt: { date: '2031-10-26', time: '05:00' },
      venueName: 'Britannia',
      capacity: null,
      registrationOpensAt: null,
      sensitiveRetentionDays: 14,
    });
    expect(await screen.findByText(/Møtet er lagret som utkast/)).toBeTruthy();
  });

  it('shows the refusal of a time in the spring gap at the field, with no question to answer', async () => {
    const message =
      'Klokken 02:30 finnes ikke 2031-03-30: klokka stilles fram fra 02:00 til 03:00 den natten. Velg et annet tidspunkt.';
    renderApp('/moter/ny', {
      'account.me': () => accounts.coordinator,
      'networks.list': () => NETWORKS,
      'meetings.create': () => {
        throw new ServerError('BAD_REQUEST', message, { startsAt: message });
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Nytt møte' });
    await waitFor(() => expect((screen.getByLabelText(/^Nettverk/) as HTMLSelectElement).value).toBe('n1'));
    fill('2031-03-30', '02:30', '05:00');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre som utkast' }));
    const summary = await screen.findByText('Feil i skjemaet. Rett opp dette før du går videre:');
    const link = within(summary.closest('[tabindex="-1"]') as HTMLElement).getByRole('link');
    expect(link.textContent).toBe(`Starter klokken: ${message}`);
    expect(link.getAttribute('href')).toBe('#field-startsAt');
    expect(screen.getByLabelText(/^Starter klokken/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('group', { name: /Hvilken klokken/ })).toBeNull();
  });
});
