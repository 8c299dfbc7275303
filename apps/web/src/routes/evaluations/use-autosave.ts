import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Saving a note as the team member writes (docs/adr/0025), for the interview page's NoteField.
 * The logic is a plain controller (createNoteAutosave, tested in use-autosave.test.ts without a
 * browser) and a small hook around it. A save goes ~1.5 s after typing stops, or at once on
 * `flush` (the field loses focus). Each save names the revision it was edited from, so a save
 * from another tab or team member is refused (a conflict) rather than overwritten; after a
 * conflict nothing more is sent and the text stays in the box for the person to copy. Passing
 * faults are retried with growing pauses. Saves never overlap.
 *
 * Unlike the practice editor, nothing is kept in localStorage: these are health-adjacent notes
 * about other people, and a copy left in a shared browser would outlive the consent.
 */

export type NoteSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/** How a failed save is handled: someone else saved (stop), a passing fault (try again), or a refusal. */
export type NoteSaveFailure = { kind: 'conflict' | 'retry' | 'failed'; message: string };

export interface NoteSaveResult {
  revision: number;
  savedAt: string | Date;
}

export interface NoteAutosaveOptions {
  /** The note's revision as loaded (0: no note yet). */
  revision: number;
  /** The note's text as loaded. */
  text: string;
  save: (text: string, revision: number, warningShown: boolean) => Promise<NoteSaveResult>;
  classify: (error: unknown) => NoteSaveFailure;
  onStatus: (status: NoteSaveStatus) => void;
  delay?: number;
  retryDelays?: readonly number[];
}

export const NOTE_AUTOSAVE_DELAY = 1500;
const RETRY_DELAYS = [2000, 5000, 10_000, 30_000] as const;

export function createNoteAutosave(options: NoteAutosaveOptions) {
  const delay = options.delay ?? NOTE_AUTOSAVE_DELAY;
  const retryDelays = options.retryDelays ?? RETRY_DELAYS;
  const s = {
    latest: options.text,
    saved: options.text,
    warningShown: false,
    revision: options.revision,
    inFlight: null as Promise<boolean> | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    retries: 0,
    stopped: false,
    disposed: false,
  };
  const dirty = () => s.latest !== s.saved;

  const schedule = (ms: number) => {
    clearTimeout(s.timer);
    if (!s.disposed) s.timer = setTimeout(() => void flush(), ms);
  };

  async function send(): Promise<boolean> {
    const text = s.latest;
    options.onStatus({ kind: 'saving' });
    try {
      const result = await options.save(text, s.revision, s.warningShown);
      s.revision = result.revision;
      s.saved = text;
      s.retries = 0;
      options.onStatus({ kind: 'saved', at: new Date(result.savedAt) });
      return true;
    } catch (error) {
      const failure = options.classify(error);
      if (failure.kind === 'conflict') {
        s.stopped = true;
        options.onStatus({ kind: 'conflict', message: failure.message });
      } else if (failure.kind === 'retry') {
        options.onStatus({ kind: 'retrying' });
        schedule(retryDelays[Math.min(s.retries++, retryDelays.length - 1)]!);
      } else {
        options.onStatus({ kind: 'failed', message: failure.message });
      }
      return false;
    }
  }

  async function flush(): Promise<boolean> {
    clearTimeout(s.timer);
    if (s.stopped) return false;
    if (s.inFlight) {
      await s.inFlight;
      return flush();
    }
    if (!dirty()) return true;
    s.inFlight = send();
    const ok = await s.inFlight;
    s.inFlight = null;
    // Written to while that save was under way: the rest goes in the next one, on the new revision.
    if (ok && dirty()) return flush();
    return ok;
  }

  return {
    /** The person typed: `warningShown` says the form shows a re-identification warning for this text. */
    change(text: string, warningShown: boolean) {
      s.latest = text;
      s.warningShown = warningShown;
      s.retries = 0;
      if (s.stopped) return;
      if (dirty()) schedule(delay);
      else clearTimeout(s.timer);
    },
    flush,
    /** Whether there is text the server has not confirmed. */
    pending: () => dirty() || s.inFlight !== null,
    revision: () => s.revision,
    stopped: () => s.stopped,
    /** Stop the timers (leaving the page); a last `flush` may still be sent before it. */
    dispose() {
      s.disposed = true;
      clearTimeout(s.timer);
    },
  };
}

export type NoteAutosave = ReturnType<typeof createNoteAutosave>;

/** The controller for one note field, with its status as React state. */
export function useAutosave(options: Omit<NoteAutosaveOptions, 'onStatus'>) {
  const [status, setStatus] = useState<NoteSaveStatus>({ kind: 'idle' });
  // The latest callbacks, without making a new controller when the parent re-renders.
  const latest = useRef(options);
  latest.current = options;
  const controller = useRef<NoteAutosave | null>(null);
  controller.current ??= createNoteAutosave({
    ...options,
    save: (...args) => latest.current.save(...args),
    classify: (error) => latest.current.classify(error),
    onStatus: setStatus,
  });

  // Leaving the page: send what is not saved yet, without waiting for it.
  useEffect(() => {
    const c = controller.current!;
    return () => {
      if (c.pending() && !c.stopped()) void c.flush();
      c.dispose();
    };
  }, []);

  const change = useCallback(
    (text: string, warningShown: boolean) => controller.current!.change(text, warningShown),
    [],
  );
  const flush = useCallback(() => controller.current!.flush(), []);
  return { status, change, flush };
}
