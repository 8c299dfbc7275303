import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeError } from '../../test/fake-server.ts';
import { renderApp } from '../../test/render-app.tsx';
import { draftVersion, editorServer } from './editor-fixture.ts';
import { localCopyKey } from './use-autosave.ts';

const complete = {
  summary: 'Vi går tur sammen.',
  background: 'Mange var ensomme.',
  approach: 'Hver tirsdag klokka 12.',
  contactName: 'Kari Nordmann',
  chime: ['CONNECTEDNESS'],
  levels: ['SERVICE'],
};

function server(working: ReturnType<typeof draftVersion>, handlers: Record<string, (input: unknown) => unknown> = {}) {
  return editorServer({ working, handlers });
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the practice editor', () => {
  it('saves ~1.5 s after typing stops, shows the status, and keeps a local copy until the server confirms', async () => {
    const fake = server(draftVersion());
    renderApp('/praksis/rediger/e1', fake);
    const summary = await screen.findByRole('textbox', { name: /^Sammendrag/ });
    const status = screen.getByText('Endringene lagres av seg selv');
    expect(status.getAttribute('role')).toBe('status');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(summary, { target: { value: 'Vi går' } });
    // Kept in this browser at once, before any request.
    expect(JSON.parse(localStorage.getItem(localCopyKey('v1'))!).content.summary).toBe('Vi går');

    await act(() => vi.advanceTimersByTimeAsync(1000));
    fireEvent.change(summary, { target: { value: 'Vi går tur' } });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fake.callsTo('practice.save')).toHaveLength(0);

    await act(() => vi.advanceTimersByTimeAsync(600));
    await act(() => vi.advanceTimersByTimeAsync(50));
    const saves = fake.callsTo('practice.save');
    expect(saves).toHaveLength(1);
    expect(saves[0]!.input).toMatchObject({
      versionId: 'v1',
      baseUpdatedAt: '2026-05-12T10:00:00.000Z',
      summary: 'Vi går tur',
      title: 'Turgruppe i marka',
    });
    expect(status.textContent).toMatch(/^Lagret \d\d:\d\d$/);
    expect(localStorage.getItem(localCopyKey('v1'))).toBeNull();

    // The next save builds on what the server confirmed.
    fireEvent.change(summary, { target: { value: 'Vi går tur sammen' } });
    await act(() => vi.advanceTimersByTimeAsync(1600));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(fake.callsTo('practice.save')[1]!.input).toMatchObject({ baseUpdatedAt: '2026-05-12T10:01:00.000Z' });
  });

  it('keeps the local copy while the connection is down, and tries again', async () => {
    let online = false;
    const fake = server(draftVersion());
    // A fetch that fails as a dropped connection does.
    const flaky = {
      ...fake,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (!online && String(input).includes('practice.save')) throw new TypeError('Failed to fetch');
        return fake.fetch(input, init);
      }) as typeof fake.fetch,
    };
    renderApp('/praksis/rediger/e1', flaky);
    const background = await screen.findByRole('textbox', { name: /^Bakgrunn/ });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(background, { target: { value: 'Mange var ensomme.' } });
    await act(() => vi.advanceTimersByTimeAsync(1600));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByText('Ikke lagret – prøver igjen').getAttribute('role')).toBe('status');
    expect(fake.callsTo('practice.save')).toHaveLength(0);
    expect(JSON.parse(localStorage.getItem(localCopyKey('v1'))!).content.background).toBe('Mange var ensomme.');

    online = true;
    await act(() => vi.advanceTimersByTimeAsync(2100));
    await act(() => vi.advanceTimersByTimeAsync(50));
    expect(screen.getByText(/^Lagret \d\d:\d\d$/)).toBeTruthy();
    expect(localStorage.getItem(localCopyKey('v1'))).toBeNull();
  });

  it('stops on a save from another tab, keeps the text in view and offers to reload', async () => {
    const fake = server(draftVersion(), {
      'practice.save': () => {
        throw new FakeError(409, 'Utkastet er endret et annet sted (kanskje i en annen fane).');
      },
    });
    renderApp('/praksis/rediger/e1', fake);
    const summary = await screen.findByRole('textbox', { name: /^Sammendrag/ });
    fireEvent.change(summary, { target: { value: 'Min tekst' } });
    fireEvent.blur(summary);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Utkastet er endret et annet sted');
    expect(within(alert).getByRole('button', { name: 'Last inn den nyeste versjonen' })).toBeTruthy();
    expect((summary as HTMLTextAreaElement).value).toBe('Min tekst');
    expect(JSON.parse(localStorage.getItem(localCopyKey('v1'))!).content.summary).toBe('Min tekst');
    // No more saves until the person has reloaded.
    fireEvent.change(summary, { target: { value: 'Min tekst, lengre' } });
    fireEvent.blur(summary);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.callsTo('practice.save')).toHaveLength(1);
  });

  it('offers back a copy the server never confirmed', async () => {
    localStorage.setItem(
      localCopyKey('v1'),
      JSON.stringify({
        content: { ...draftVersion(), summary: 'Skrevet uten nett' },
        baseUpdatedAt: '2026-05-12T10:00:00.000Z',
        at: '2026-05-12T10:03:00.000Z',
      }),
    );
    renderApp('/praksis/rediger/e1', server(draftVersion()));
    fireEvent.click(await screen.findByRole('button', { name: 'Hent fram kopien' }));
    expect((screen.getByRole('textbox', { name: /^Sammendrag/ }) as HTMLTextAreaElement).value).toBe(
      'Skrevet uten nett',
    );
  });

  it('lists what is missing when submitting too early, each linked to its field, without asking the server', async () => {
    const fake = server(draftVersion());
    renderApp('/praksis/rediger/e1', fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Send til vurdering' }));

    const summary = await screen.findByRole('group', { name: /Feil i skjemaet/ });
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Sammendrag: Feltet må fylles ut.',
      'Bakgrunn: Feltet må fylles ut.',
      'Slik gjør vi det: Feltet må fylles ut.',
      'Kontaktperson, navn: Feltet må fylles ut.',
      'CHIME-kategorier: Velg minst én CHIME-kategori.',
      'Nivå: Velg minst ett nivå.',
    ]);
    expect(links[0]!.getAttribute('href')).toBe('#field-summary');
    expect(links[4]!.getAttribute('href')).toBe('#field-chime-CONNECTEDNESS');
    fireEvent.click(links[0]!);
    expect(document.activeElement?.id).toBe('field-summary');
    expect(screen.getByRole('textbox', { name: /^Sammendrag/ }).getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('practice.submit')).toHaveLength(0);

    // Once written in, the field is no longer marked; the summary keeps its list until the next try.
    fireEvent.change(screen.getByRole('textbox', { name: /^Sammendrag/ }), { target: { value: 'Vi går tur sammen.' } });
    expect(screen.getByRole('textbox', { name: /^Sammendrag/ }).hasAttribute('aria-invalid')).toBe(false);
    expect(within(summary).getAllByRole('link')).toHaveLength(6);
  });

  it("shows the server's field errors after a refused submit", async () => {
    // The server checks the saved text (another tab may have emptied a field), so it can refuse what the browser let through.
    const fake = server(draftVersion({ ...complete, contactEmail: 'kari@trondheim.kommune.no' }), {
      'practice.submit': () => {
        throw new FakeError(400, 'Noe i skjemaet må rettes.', {
          contactEmail: 'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
        });
      },
    });
    renderApp('/praksis/rediger/e1', fake);
    const email = await screen.findByRole('textbox', { name: /^E-post/ });
    fireEvent.click(screen.getByRole('button', { name: 'Send til vurdering' }));

    await waitFor(() => expect(fake.callsTo('practice.submit')).toHaveLength(1));
    const summary = await screen.findByRole('group', { name: /Feil i skjemaet/ });
    const link = within(summary).getByRole('link', {
      name: 'Kontaktperson, e-post: Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
    });
    expect(link.getAttribute('href')).toBe('#field-contactEmail');
    expect(email.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the reviewers’ comments on a returned version, and "Send inn på nytt"', async () => {
    renderApp(
      '/praksis/rediger/e1',
      server(
        draftVersion({
          state: 'RETURNED',
          comments: [
            {
              id: 'c1',
              body: 'Skriv litt mer om resultatene.',
              createdAt: '2026-05-13T08:00:00.000Z',
              authorId: 'u9',
              versionId: 'v1',
            },
          ],
        }),
      ),
    );
    expect(await screen.findByRole('heading', { name: 'Sendt tilbake med kommentarer' })).toBeTruthy();
    expect(screen.getAllByText('Skriv litt mer om resultatene.', { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Send inn på nytt' })).toBeTruthy();
  });

  it('shows a version in review read-only, with a way to withdraw it', async () => {
    const fake = server(draftVersion({ ...complete, state: 'IN_REVIEW', submittedAt: '2026-05-12T11:00:00.000Z' }), {
      'practice.withdraw': () => ({ state: 'DRAFT' }),
    });
    renderApp('/praksis/rediger/e1', fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Trekk tilbake' }));
    expect(screen.queryByRole('textbox', { name: /^Sammendrag/ })).toBeNull();
    await waitFor(() => expect(fake.callsTo('practice.withdraw').map((c) => c.input)).toEqual([{ versionId: 'v1' }]));
  });
});
