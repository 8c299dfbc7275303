import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accounts, renderApp } from '../../test/render.tsx';

describe('/varsler', () => {
  it('explains why notifications are shown here and lists them with the body folded away', async () => {
    renderApp('/varsler', {
      'account.me': () => accounts.coordinator,
      'outbox.list': () => [
        {
          id: 'm1',
          toEmail: 'koordinator@demo.knutepunkt.no',
          subject: 'Nytt praksiseksempel til vurdering: Recoveryverksted',
          body: 'Trondheim kommune har sendt inn «Recoveryverksted» til vurdering.',
          kind: 'practice.submitted',
          createdAt: '2026-03-02T09:00:00.000Z',
          sentAt: null,
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Varsler (utboks)' });
    expect(screen.getByText(/E-post blir ikke sendt før en e-postserver \(SMTP\) er satt opp/)).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Varsler, nyeste først' });
    expect(
      within(list).getByRole('heading', { level: 2, name: 'Nytt praksiseksempel til vurdering: Recoveryverksted' }),
    ).toBeTruthy();
    expect(within(list).getByText('Praksiseksempel sendt inn til vurdering')).toBeTruthy();
    expect(within(list).getByText('Ikke sendt')).toBeTruthy();
    const body = within(list).getByText('Trondheim kommune har sendt inn «Recoveryverksted» til vurdering.');
    expect(body.closest('details')).toBeTruthy();
  });
});
