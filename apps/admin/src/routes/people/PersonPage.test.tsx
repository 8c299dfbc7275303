import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';

const PERSON = {
  id: 'u9',
  name: 'Per Person',
  email: 'per@example.no',
  locale: 'nb',
  isAdmin: false,
  disabledAt: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  memberships: [],
  coordinatorOf: [],
};
const REAUTH = 'Bekreft passordet ditt for å gjøre dette. Det er mer enn 15 minutter siden du sist oppga det.';

/** A server whose admin last gave the password too long ago, until account.confirmPassword. */
function server() {
  let confirmed = false;
  const sent: unknown[] = [];
  const handlers = {
    'account.me': () => accounts.admin,
    'people.get': () => PERSON,
    'passwordReset.send': (input: unknown) => {
      if (!confirmed) throw new ServerError('PRECONDITION_FAILED', REAUTH);
      sent.push(input);
      return { email: PERSON.email };
    },
    'account.confirmPassword': (input: unknown) => {
      if ((input as { password: string }).password !== 'riktig passord') {
        throw new ServerError('BAD_REQUEST', 'Passordet stemmer ikke.', { password: 'Passordet stemmer ikke.' });
      }
      confirmed = true;
      return { ok: true };
    },
  };
  return { handlers, sent };
}

describe('sending a reset link from a person page, with the password asked again (ADR 15)', () => {
  it('asks for the password in a dialog, announces a wrong one, and retries the action once confirmed', async () => {
    const { handlers, sent } = server();
    const app = renderApp('/personer/u9', handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'Send lenke for nytt passord' }));

    const dialog = await screen.findByRole('dialog', { name: 'Bekreft passordet ditt' });
    const password = within(dialog).getByLabelText(/^Passord/);
    await waitFor(() => expect(document.activeElement).toBe(password));

    fireEvent.change(password, { target: { value: 'feil' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bekreft og fortsett' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('Passordet stemmer ikke.'));
    expect(document.activeElement).toBe(password);
    expect(sent).toEqual([]);

    fireEvent.change(password, { target: { value: 'riktig passord' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bekreft og fortsett' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Lenken er sendt til per@example.no.')).toBeTruthy();
    expect(sent).toEqual([{ userId: 'u9' }]);
    expect(app.server.calls.filter((c) => c.path === 'passwordReset.send')).toHaveLength(2);
  });

  it('cancelled: the action is not done and the refusal is shown', async () => {
    const { handlers, sent } = server();
    renderApp('/personer/u9', handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'Send lenke for nytt passord' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bekreft passordet ditt' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText(REAUTH)).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
