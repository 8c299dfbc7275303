import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeContent } from '@knutepunkt/domain';

/** What the save status line says. */
export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/** How a failed save is handled: another tab saved (stop), a passing fault (try again), or a refusal. */
export type SaveFailure = { kind: 'conflict' | 'retry' | 'failed'; message: string };

/** The copy kept in this browser until the server has confirmed it. */
export interface LocalCopy {
  content: PracticeContent;
  /** The server's `updatedAt` the copy was written on top of. */
  baseUpdatedAt: string;
  /** When the copy was last written. */
  at: string;
}

export const AUTOSAVE_DELAY = 1500;
const RETRY_DELAYS = [2000, 5000, 10_000, 30_000];

export function localCopyKey(versionId: string): string {
  return `knutepunkt:practice-draft:${versionId}`;
}

export function readLocalCopy(versionId: string): LocalCopy | null {
  try {
    const raw = globalThis.localStorage?.getItem(localCopyKey(versionId));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy === 'object' && copy.content && typeof copy.baseUpdatedAt === 'string' ? copy : null;
  } catch {
    return null;
  }
}

function writeLocalCopy(versionId: string, copy: LocalCopy): void {
  try {
    globalThis.localStorage?.setItem(localCopyKey(versionId), JSON.stringify(copy));
  } catch {
    // Storage full or blocked (private mode): the server copy is then the only one, as before.
  }
}

export function removeLocalCopy(versionId: string): void {
  try {
    globalThis.localStorage?.removeItem(localCopyKey(versionId));
  } catch {
    // Nothing to do: see writeLocalCopy.
  }
}

export interface AutosaveOptions {
  versionId: string;
  /** The server's `updatedAt` of the version as loaded. */
  baseUpdatedAt: string;
  save: (content: PracticeContent, baseUpdatedAt: string) => Promise<{ updatedAt: string | Date }>;
  /** False when the content would be refused (an empty title): then it is kept, not sent. */
  isValid: (content: PracticeContent) => boolean;
  classify: (error: unknown) => SaveFailure;
  delay?: number;
}

/**
 * Autosave for the practice editor. A save goes ~1.5 s after typing stops (or at once on
 * `flush`, e.g. when a field loses focus), based on the last `updatedAt` the server confirmed,
 * so a save from another tab is detected (CONFLICT) instead of overwritten. Every change is also
 * written to localStorage at once and removed only when the server has confirmed that very text:
 * a dropped connection or a closed tab loses nothing. Saves never overlap; passing faults are
 * retried with growing pauses; a conflict stops saving until the person reloads.
 */
export function useAutosave({
  versionId,
  baseUpdatedAt,
  save,
  isValid,
  classify,
  delay = AUTOSAVE_DELAY,
}: AutosaveOptions) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const [pending, setPending] = useState(false);
  const s = useRef({
    latest: null as PracticeContent | null,
    dirty: false,
    base: baseUpdatedAt,
    inFlight: null as Promise<boolean> | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    retries: 0,
    stopped: false,
    unmounted: false,
  });
  // The latest callbacks, without restarting timers when the parent re-renders.
  const options = useRef({ save, isValid, classify, versionId, delay });
  options.current = { save, isValid, classify, versionId, delay };

  const flushRef = useRef<() => Promise<boolean>>(async () => true);

  const schedule = useCallback((ms: number) => {
    clearTimeout(s.current.timer);
    // After leaving the page only the last send is made; no retries run in the background.
    if (s.current.unmounted) return;
    s.current.timer = setTimeout(() => void flushRef.current(), ms);
  }, []);

  const send = useCallback(async (): Promise<boolean> => {
    const state = s.current;
    const { save: doSave, classify: describe, versionId: id } = options.current;
    const sent = state.latest!;
    state.dirty = false;
    setStatus({ kind: 'saving' });
    try {
      const result = await doSave(sent, state.base);
      state.base = new Date(result.updatedAt).toISOString();
      state.retries = 0;
      if (state.latest === sent) {
        // The server has exactly what the person wrote: the browser's copy is no longer needed.
        removeLocalCopy(id);
        setPending(false);
      } else {
        // Written to while saving: keep the local copy (now on top of the new base) and save again.
        writeLocalCopy(id, { content: state.latest!, baseUpdatedAt: state.base, at: new Date().toISOString() });
      }
      setStatus({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      state.dirty = true;
      const failure = describe(error);
      if (failure.kind === 'conflict') {
        state.stopped = true;
        setStatus({ kind: 'conflict', message: failure.message });
      } else if (failure.kind === 'retry') {
        setStatus({ kind: 'retrying' });
        schedule(RETRY_DELAYS[Math.min(state.retries++, RETRY_DELAYS.length - 1)]!);
      } else {
        setStatus({ kind: 'failed', message: failure.message });
      }
      return false;
    }
  }, [schedule]);

  const flush = useCallback(async (): Promise<boolean> => {
    const state = s.current;
    clearTimeout(state.timer);
    if (state.stopped) return false;
    if (state.inFlight) {
      await state.inFlight;
      return flushRef.current();
    }
    if (!state.dirty || !state.latest) return !state.dirty;
    if (!options.current.isValid(state.latest)) {
      setStatus({ kind: 'invalid' });
      return false;
    }
    state.inFlight = send();
    const ok = await state.inFlight;
    state.inFlight = null;
    // Changes made while that save was under way go in the next one.
    if (ok && state.dirty) return flushRef.current();
    return ok;
  }, [send]);
  flushRef.current = flush;

  const change = useCallback(
    (content: PracticeContent) => {
      const state = s.current;
      state.latest = content;
      state.dirty = true;
      state.retries = 0;
      writeLocalCopy(options.current.versionId, { content, baseUpdatedAt: state.base, at: new Date().toISOString() });
      setPending(true);
      if (state.stopped) return;
      schedule(options.current.delay);
    },
    [schedule],
  );

  // Leaving the page with unsaved text: the browser asks first (the local copy is kept anyway).
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!s.current.dirty && !s.current.inFlight) return;
      event.preventDefault();
      // Older browsers need returnValue set to show their dialog.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Moving to another page in the app: send what is not saved yet, without waiting for it.
  useEffect(() => {
    const state = s.current;
    state.unmounted = false;
    return () => {
      state.unmounted = true;
      clearTimeout(state.timer);
      if (state.dirty && !state.stopped) void flushRef.current();
    };
  }, []);

  return { status, pending, change, flush, stopped: () => s.current.stopped };
}
