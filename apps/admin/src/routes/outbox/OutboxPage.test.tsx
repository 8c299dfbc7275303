import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

const message = {
  id: 'm1',
  toEmail: 'koordinator@demo.knutepunkt.no',
  subject: 'Nytt praksiseksempel til vurdering: Recoveryverksted',
  body: 'Trondheim kommune har sendt inn «Recoveryverksted» til vurdering.',
  kind: 'practice.submitted',
  createdAt: '2026-03-02T09:00:00.000Z',
  sentAt: null,
  status: 'no_smtp',
  attempts: 0,
  lastError: null,
  lastAttemptAt: null,
  bodyHidden: false,
};

describe('/varsler', () => {
  it('names the meeting notifications’ kinds instead of "Annet varsel"', async () => {
    const kinds = ['meeting.confirmed', 'meeting.promoted', 'meeting.changed', 'meeting.cancelled'];
    renderApp('/varsler', {
      'account.me': () => accounts.coordinator,
      'outbox.list': () => kinds.map((kind, i) => ({ ...message, id: `k${i}`, subject: `Møte ${i}`, kind })),
    });
    const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
    for (const label of [
      'Bekreftet påmelding til møte',
      'Fått plass fra ventelisten',
      'Endret tid eller sted for møte',
      'Møte avlyst',
    ]) {
      expect(within(list).getByText(label)).toBeTruthy();
    }
    expect(within(list).queryByText('Annet varsel')).toBeNull();
  });

  it('lists the notifications with their delivery state and the body folded away', async () => {
    renderApp('/varsler', {
      'account.me': () => accounts.coordinator,
      'outbox.list': () => [message],
    });
    await screen.findByRole('heading', { level: 1, name: 'Varsler (utboks)' });
    expect(screen.getByText(/Uten en e-postserver \(SMTP\) blir de ikke sendt, men kan leses her/)).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
    expect(
      within(list).getByRole('heading', { level: 2, name: 'Nytt praksiseksempel til vurdering: Recoveryverksted' }),
    ).toBeTruthy();
    expect(within(list).getByText('Praksiseksempel sendt inn til vurdering')).toBeTruthy();
    expect(within(list).getByText('Ikke sendt: ingen e-postserver er satt opp')).toBeTruthy();
    const body = within(list).getByText('Trondheim kommune har sendt inn «Recoveryverksted» til vurdering.');
    expect(body.closest('details')).toBeTruthy();
    // Only admins send again, and only failed messages.
    expect(within(list).queryByRole('button', { name: /Send på nytt/ })).toBeNull();
  });

  it('shows a failed message’s reply and tries, and an admin sends it again', async () => {
    const sent: unknown[] = [];
    let status = 'failed';
    renderApp('/varsler', {
      'account.me': () => accounts.admin,
      'outbox.list': () => [
        { ...message, status, attempts: 2, lastError: '550 5.1.1 Mailbox unavailable' },
        { ...message, id: 'm2', status: 'sent', attempts: 1, sentAt: '2026-03-02T09:01:00.000Z' },
      ],
      'outbox.resend': (input) => {
        sent.push(input);
        status = 'waiting';
        return null;
      },
    });
    const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
    expect(within(list).getByText(/Kunne ikke sendes/)).toBeTruthy();
    expect(within(list).getByText('550 5.1.1 Mailbox unavailable')).toBeTruthy();
    expect(within(list).getByText(/Forsøk: 2/)).toBeTruthy();
    expect(within(list).getByText(/^Sendt /).tagName).toBe('TIME');
    const buttons = within(list).getAllByRole('button', { name: /Send på nytt/ });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(await screen.findByText('Varselet venter på å bli sendt på nytt.')).toBeTruthy();
    expect(sent).toEqual([{ id: 'm1' }]);
    expect(await within(list).findByText(/Venter på å bli sendt/)).toBeTruthy();
  });

  it('says why someone else’s security message has no text, and keeps its subject, recipient and state', async () => {
    renderApp('/varsler', {
      'account.me': () => accounts.admin,
      'outbox.list': () => [
        {
          ...message,
          id: 'm3',
          toEmail: 'medlem@demo.knutepunkt.no',
          subject: 'Lag et nytt passord på Knutepunkt',
          kind: 'security.passwordReset',
          status: 'sent',
          attempts: 1,
          sentAt: '2026-03-02T09:01:00.000Z',
          body: null,
          bodyHidden: true,
        },
        message,
      ],
    });
    const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
    const [hidden, shown] = within(list).getAllByRole('listitem');
    expect(within(hidden!).getByRole('heading', { level: 2, name: 'Lag et nytt passord på Knutepunkt' })).toBeTruthy();
    expect(within(hidden!).getByText('medlem@demo.knutepunkt.no')).toBeTruthy();
    expect(within(hidden!).getByText('Lenke for å lage nytt passord')).toBeTruthy();
    expect(within(hidden!).getByText(/^Sendt /)).toBeTruthy();
    expect(
      within(hidden!).getByText('Innholdet er skjult fordi det har en lenke som bare mottakeren kan bruke.'),
    ).toBeTruthy();
    expect(within(hidden!).queryByText('Vis teksten')).toBeNull();
    expect(within(shown!).getByText('Vis teksten')).toBeTruthy();
  });
});
