import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServerError } from '../../test/fake-server.ts';
import { accounts, renderApp } from '../../test/render.tsx';
import { forReview, queueItem } from './fixtures.ts';

describe('/praksis/vurdering/:versionId', () => {
  it('shows only the changed fields, with <ins>/<del> and hidden words for screen readers', async () => {
    renderApp('/praksis/vurdering/v2', {
      'account.me': () => accounts.coordinator,
      'practice.forReview': () => forReview(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Vurdering: Recoveryverksted i Trondheim' });
    const changes = screen.getByRole('region', { name: 'Hva er endret' });

    const fields = within(changes)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(fields).toEqual(['Slik gjør vi det', 'CHIME']);

    const inserted = [...changes.querySelectorAll('ins')];
    const deleted = [...changes.querySelectorAll('del')];
    expect(inserted.map((el) => el.textContent)).toEqual([
      ' lagt til: **annenhver (slutt på tillegg) ',
      ' lagt til: Tilhørighet,  (slutt på tillegg) ',
    ]);
    expect(deleted.map((el) => el.textContent)).toEqual([' fjernet: **hver (slutt på fjernet tekst) ']);
    // The announcing words are hidden from sight, and spoken in the interface's language.
    const hidden = inserted[0]!.querySelector('.ds-sr-only');
    expect(hidden?.textContent).toBe(' lagt til: ');
    expect(hidden?.getAttribute('lang')).toBe('nb');
    // What the editors wrote keeps the example's language.
    expect(inserted[0]!.closest('[lang]')?.getAttribute('lang')).toBe('nb');
  });

  it('renders the version as readers see it, with formatted sections and tag labels', async () => {
    renderApp('/praksis/vurdering/v2', {
      'account.me': () => accounts.coordinator,
      'practice.forReview': () =>
        forReview({ published: null, version: { language: 'en', approach: 'We meet **every week**.' } }),
    });
    const preview = await screen.findByRole('region', { name: 'Slik vil leserne se eksemplet' });
    expect(within(preview).getByText('every week').tagName).toBe('STRONG');
    expect(within(preview).getByText('every week').closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(within(preview).getByText('Tilhørighet')).toBeTruthy();
    expect(within(preview).getByText('Tjeneste')).toBeTruthy();
    // A new example has nothing to compare with.
    expect(screen.queryByRole('region', { name: 'Hva er endret' })).toBeNull();
  });

  it('does not send back without a comment: the error is shown at the field, and nothing is sent', async () => {
    const { server } = renderApp('/praksis/vurdering/v2', {
      'account.me': () => accounts.coordinator,
      'practice.forReview': () => forReview(),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send tilbake med kommentar' }));

    const field = screen.getByRole('textbox', { name: /Kommentar til redaktørene/ });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Skriv en kommentar, så redaktørene vet hva de skal endre.')).toBeTruthy();
    expect(document.activeElement).toBe(field);
    expect(server.calls.some((call) => call.path === 'practice.return')).toBe(false);
  });

  it('sends back with a comment and returns to the queue with a status message', async () => {
    let sent: unknown;
    const { router } = renderApp('/praksis/vurdering/v2', {
      'account.me': () => accounts.coordinator,
      'practice.forReview': () => forReview(),
      'practice.return': (input) => {
        sent = input;
        return { state: 'RETURNED' };
      },
      'practice.queue': () => [],
    });
    fireEvent.change(await screen.findByRole('textbox', { name: /Kommentar til redaktørene/ }), {
      target: { value: 'Skriv mer om resultatene.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send tilbake med kommentar' }));

    await screen.findByRole('heading', { level: 1, name: 'Praksiseksempler til vurdering' });
    expect(sent).toEqual({ versionId: 'v2', comment: 'Skriv mer om resultatene.' });
    expect(router.state.location.pathname).toBe('/praksis/vurdering');
    const status = screen.getByText(
      '«Recoveryverksted i Trondheim» er sendt tilbake til redaktørene med kommentaren din.',
    );
    expect(status.closest('[role="status"]')).toBeTruthy();
  });

  it('asks before publishing, and says so when someone else acted first (CONFLICT)', async () => {
    let state = 'IN_REVIEW';
    renderApp('/praksis/vurdering/v2', {
      'account.me': () => accounts.coordinator,
      'practice.forReview': () => forReview({ version: { state } }),
      'practice.publish': () => {
        state = 'PUBLISHED';
        throw new ServerError(
          'CONFLICT',
          'Dette kan ikke gjøres med eksemplet slik det står nå. Last inn siden på nytt.',
        );
      },
      'practice.queue': () => [queueItem],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Publiser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publisere «Recoveryverksted i Trondheim»?' });
    expect(
      within(dialog).getByText('Denne versjonen erstatter den som er publisert nå, og redaktørene får beskjed.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, publiser' }));

    const message = await screen.findByText(
      'Dette kan ikke gjøres med eksemplet slik det står nå. Last inn siden på nytt.',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement?.contains(message)).toBe(true));
    // The version is loaded again: it is no longer in review, so the actions are gone.
    expect(await screen.findByText('Denne versjonen er ikke til vurdering lenger. Status nå: Publisert.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send tilbake med kommentar' })).toBeNull();
  });
});
