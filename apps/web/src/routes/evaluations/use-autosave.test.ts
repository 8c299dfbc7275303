import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type NoteSaveFailure, type NoteSaveStatus, createNoteAutosave } from './use-autosave.ts';

class Conflict extends Error {}
class Offline extends Error {}

function setup(revision = 0) {
  const saves: Array<{ text: string; revision: number; warningShown: boolean }> = [];
  const statuses: NoteSaveStatus[] = [];
  let server = revision;
  let fail: Error | null = null;
  const autosave = createNoteAutosave({
    revision,
    text: '',
    save: async (text, rev, warningShown) => {
      saves.push({ text, revision: rev, warningShown });
      if (fail) throw fail;
      if (rev !== server) throw new Conflict();
      server += 1;
      return { revision: server, savedAt: '2026-10-12T12:32:00Z' };
    },
    classify: (error): NoteSaveFailure =>
      error instanceof Conflict
        ? { kind: 'conflict', message: 'Noen andre har endret dette notatet.' }
        : error instanceof Offline
          ? { kind: 'retry', message: 'offline' }
          : { kind: 'failed', message: 'nei' },
    onStatus: (s) => statuses.push(s),
    retryDelays: [2000],
  });
  return {
    autosave,
    saves,
    statuses,
    last: () => statuses.at(-1)?.kind,
    failWith: (e: Error | null) => (fail = e),
    bumpServer: () => (server += 1),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('note autosave', () => {
  test('saves once, 1.5 s after typing stops, with the last text', async () => {
    const t = setup();
    t.autosave.change('K', false);
    await vi.advanceTimersByTimeAsync(1000);
    t.autosave.change('Kari', true);
    await vi.advanceTimersByTimeAsync(1400);
    expect(t.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(t.saves).toEqual([{ text: 'Kari', revision: 0, warningShown: true }]);
    expect(t.last()).toBe('saved');
  });

  test('leaving the field saves at once; each save names the revision the last one returned', async () => {
    const t = setup();
    t.autosave.change('Første', false);
    await t.autosave.flush();
    t.autosave.change('Første og andre', false);
    await t.autosave.flush();
    expect(t.saves.map((s) => s.revision)).toEqual([0, 1]);
    expect(t.autosave.revision()).toBe(2);
    // Nothing new: nothing sent.
    await t.autosave.flush();
    expect(t.saves).toHaveLength(2);
  });

  test('text written while a save is under way goes in the next save', async () => {
    const t = setup();
    t.autosave.change('a', false);
    const first = t.autosave.flush();
    t.autosave.change('ab', false);
    await first;
    await vi.runAllTimersAsync();
    expect(t.saves.map((s) => [s.text, s.revision])).toEqual([
      ['a', 0],
      ['ab', 1],
    ]);
  });

  test('a conflict stops saving and says so; the text is left alone', async () => {
    const t = setup(1);
    t.bumpServer(); // another tab saved revision 2
    t.autosave.change('Min tekst', false);
    expect(await t.autosave.flush()).toBe(false);
    expect(t.statuses.at(-1)).toEqual({ kind: 'conflict', message: 'Noen andre har endret dette notatet.' });
    t.autosave.change('Min tekst, mer', false);
    await vi.runAllTimersAsync();
    expect(t.saves).toHaveLength(1);
    expect(t.autosave.pending()).toBe(true);
  });

  test('a passing fault is retried after a pause, and then saved', async () => {
    const t = setup();
    t.failWith(new Offline());
    t.autosave.change('Lagres senere', false);
    await vi.advanceTimersByTimeAsync(1500);
    expect(t.last()).toBe('retrying');
    t.failWith(null);
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.saves).toHaveLength(2);
    expect(t.last()).toBe('saved');
    expect(t.autosave.pending()).toBe(false);
  });

  test('a refusal is shown and not retried by itself', async () => {
    const t = setup();
    t.failWith(new Error('too long'));
    t.autosave.change('x', false);
    await vi.advanceTimersByTimeAsync(1500);
    await vi.runAllTimersAsync();
    expect(t.saves).toHaveLength(1);
    expect(t.statuses.at(-1)).toEqual({ kind: 'failed', message: 'nei' });
  });
});
