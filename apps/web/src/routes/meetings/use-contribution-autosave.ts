import { useCallback, useEffect, useRef, useState } from 'react';
import type { GoalStatus } from '@knutepunkt/domain';

export type ContributionSaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

export interface GoalValue {
  status: GoalStatus | null;
  comment: string;
}

export interface ContributionChanges {
  answers: Array<{ promptId: string; text: string }>;
  goals: Array<{ goalId: string; status: GoalStatus | null; comment: string }>;
}

const DELAY = 1200;

/**
 * Saving an organisation's contribution as the editor writes (like the practice bank's
 * autosave, use-autosave.ts): a save goes a moment after typing stops, or at once when a field
 * is left. Only the answers changed since the last save are sent, so another editor of the
 * same organisation writing other answers at the same time is never overwritten. Saves never
 * overlap; what changes during a save goes in the next.
 */
export function useContributionAutosave(
  save: (changes: ContributionChanges) => Promise<{ savedAt: string | Date }>,
  describe: (error: unknown) => string,
) {
  const [status, setStatus] = useState<ContributionSaveStatus>({ kind: 'idle' });
  const s = useRef({
    answers: new Map<string, string>(),
    goals: new Map<string, GoalValue>(),
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    inFlight: null as Promise<boolean> | null,
  });
  const saveRef = useRef({ save, describe });
  saveRef.current = { save, describe };

  const flush = useCallback(async (): Promise<boolean> => {
    const state = s.current;
    clearTimeout(state.timer);
    if (state.inFlight) await state.inFlight;
    if (state.answers.size === 0 && state.goals.size === 0) return true;
    const changes: ContributionChanges = {
      answers: [...state.answers].map(([promptId, text]) => ({ promptId, text })),
      goals: [...state.goals].map(([goalId, v]) => ({ goalId, ...v })),
    };
    state.answers = new Map();
    state.goals = new Map();
    setStatus({ kind: 'saving' });
    state.inFlight = saveRef.current
      .save(changes)
      .then((r) => {
        setStatus({ kind: 'saved', at: new Date(r.savedAt) });
        return true;
      })
      .catch((error: unknown) => {
        // Put back what was not saved, unless it was changed again meanwhile.
        for (const a of changes.answers) if (!state.answers.has(a.promptId)) state.answers.set(a.promptId, a.text);
        for (const g of changes.goals) if (!state.goals.has(g.goalId)) state.goals.set(g.goalId, g);
        setStatus({ kind: 'failed', message: saveRef.current.describe(error) });
        return false;
      });
    const ok = await state.inFlight;
    state.inFlight = null;
    return ok;
  }, []);

  const later = useCallback(() => {
    clearTimeout(s.current.timer);
    s.current.timer = setTimeout(() => void flush(), DELAY);
  }, [flush]);

  const changeAnswer = useCallback(
    (promptId: string, text: string) => {
      s.current.answers.set(promptId, text);
      later();
    },
    [later],
  );
  const changeGoal = useCallback(
    (goalId: string, value: GoalValue) => {
      s.current.goals.set(goalId, value);
      later();
    },
    [later],
  );

  // Leaving the page: send what is not saved yet.
  useEffect(() => () => void flush(), [flush]);

  return { status, changeAnswer, changeGoal, flush };
}
