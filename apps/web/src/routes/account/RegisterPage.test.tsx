import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { FakeError, fakeServer } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
}

describe('registering', () => {
  it("shows the server's message at the field it is about, and in the error summary", async () => {
    // A check only the server makes (the browser's passes): shown like the browser's own.
    const refused = 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.';
    const fake = fakeServer({
      'account.me': () => null,
      'account.register': () => {
        throw new FakeError(400, refused, { email: refused });
      },
    });
    renderApp('/registrer', fake);
    await screen.findByRole('heading', { level: 1, name: 'Opprett konto' });

    fill('Navn', 'Mona Medlem');
    fill('E-postadresse', 'medlem@demo.knutepunkt.no');
    fill('Passord', 'lang nok og ingen vanlig');
    fireEvent.click(screen.getByRole('button', { name: 'Opprett konto' }));

    await waitFor(() => expect(fake.callsTo('account.register')).toHaveLength(1));
    const call = fake.callsTo('account.register')[0]!;
    // The server's CSRF check and its choice of language depend on these two headers.
    expect(call.method).toBe('POST');
    expect(call.headers.get('x-knutepunkt-csrf')).toBe('1');
    expect(call.headers.get('x-locale')).toBe('nb');

    const email = screen.getByLabelText('E-postadresse', { exact: false });
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    // Once beside the field and once in the summary, whose link leads to the field.
    const messages = screen.getAllByText(refused);
    expect(messages.length).toBe(2);
    const summaryLink = messages.map((m) => m.closest('a')).find(Boolean);
    expect(summaryLink?.getAttribute('href')).toBe(`#${email.id}`);
  });

  it('after registering, the person is sent to sign in, with a message that does not tell whether the address was taken', async () => {
    // The server answers { ok: true } for a new and a taken address alike, and signs nobody in.
    const fake = fakeServer({ 'account.me': () => null, 'account.register': () => ({ ok: true }) });
    renderApp('/registrer', fake);
    await screen.findByRole('heading', { level: 1, name: 'Opprett konto' });

    fill('Navn', 'Mona Medlem');
    fill('E-postadresse', 'medlem@demo.knutepunkt.no');
    fill('Passord', 'lang nok og ingen vanlig');
    fireEvent.click(screen.getByRole('button', { name: 'Opprett konto' }));

    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
    const message = await screen.findByText(/Nå kan du logge inn med e-postadressen og passordet du valgte\./);
    expect(message.textContent).toContain(
      'Hadde adressen allerede en konto, har vi i stedet sendt en melding til den.',
    );
    // In the status region, so screen readers announce it.
    expect(message.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByText(/Har du allerede en konto/)).toBeNull();
  });

  it('checks the password rule before sending anything', async () => {
    const fake = fakeServer({ 'account.me': () => null });
    renderApp('/registrer', fake);
    await screen.findByRole('heading', { level: 1, name: 'Opprett konto' });
    // The rule is stated up front, before any attempt.
    expect(screen.getByText(/Minst 10 tegn/)).toBeTruthy();

    fill('Navn', 'Mona Medlem');
    fill('E-postadresse', 'medlem@demo.knutepunkt.no');
    fill('Passord', 'kort');
    fireEvent.click(screen.getByRole('button', { name: 'Opprett konto' }));

    expect((await screen.findAllByText('Passordet må ha minst 10 tegn.')).length).toBeGreaterThan(0);
    expect(fake.callsTo('account.register')).toHaveLength(0);
  });
});
