import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeServer } from '../../test/fake-server.ts';
import { account, renderApp } from '../../test/render-app.tsx';

const finding = (id: string, text: string) => ({ id, text, shared: false, notes: [], quotes: [] });
const analysis = (findings = [finding('f1', 'Godt å bli møtt'), finding('f2', 'Savner turene')]) => ({
  evaluation: { id: 'ev1', title: 'Brukerevaluering av møteplassen', phase: 'analysis', language: 'nb' },
  isLead: true,
  mayEdit: true,
  themes: [
    { id: 't1', title: 'Å bli møtt', description: null, findings },
    { id: 't2', title: 'Fellesskap', description: null, findings: [] },
  ],
});

describe('the analysis page', () => {
  it('names the theme or finding on every button, moves and deletes what it says, and says so', async () => {
    let findings = [finding('f1', 'Godt å bli møtt'), finding('f2', 'Savner turene')];
    const fake = fakeServer({
      'account.me': () => account(),
      'evaluations.analysis': () => analysis(findings),
      'evaluations.notesForAnalysis': () => [],
      'evaluations.moveFinding': () => ({ ok: true }),
      'evaluations.deleteFinding': () => {
        findings = findings.filter((f) => f.id !== 'f2');
        return { ok: true };
      },
    });
    renderApp('/mine-evalueringer/ev1/team/analyse', fake);
    // The first theme cannot go up, the last cannot go down; each button says which one it moves.
    expect(
      ((await screen.findByRole('button', { name: 'Flytt «Å bli møtt» opp' })) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('button', { name: 'Flytt «Å bli møtt» ned' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Flytt «Fellesskap» ned' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Flytt «Funn 1» ned' }));
    await waitFor(() => expect(fake.calls.some((c) => c.path === 'evaluations.moveFinding')).toBe(true));
    expect(fake.calls.find((c) => c.path === 'evaluations.moveFinding')!.input).toEqual({
      findingId: 'f1',
      direction: 'down',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Slett funn 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slett funn 2' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett funn 2' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.calls.find((c) => c.path === 'evaluations.deleteFinding')!.input).toEqual({ findingId: 'f2' });
    expect(await screen.findByText('Slettet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Slett funn 2' })).toBeNull();
  });
});
