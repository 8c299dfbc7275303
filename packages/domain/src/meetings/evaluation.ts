import type { RegistrationStatus } from './registration.ts';
import type { MeetingStatus } from './workflow.ts';
import type { Rating } from './evaluation-schemas.ts';

/**
 * The evaluation after a meeting (docs/adr/0022): who may answer, when, and
 * what the coordinators see. Results are totals only, and never for a group
 * smaller than MIN_GROUP (the platform's rule for anything shown about people).
 */
export const MIN_GROUP = 5;

/**
 * Who may answer: someone whose registration is confirmed. When the meeting's
 * attendance was recorded at check-in (`attended` is not null), only those who
 * came; without check-in data (`attended: null`) a confirmed seat is the best
 * we know. Someone on the waiting list or cancelled was not there.
 */
export function mayAnswerEvaluation(registration: { status: RegistrationStatus; attended: boolean | null } | null) {
  if (!registration || registration.status !== 'confirmed') return false;
  return registration.attended ?? true;
}

export type EvaluationWindow = 'notSent' | 'notYet' | 'open' | 'closed';

export interface EvaluationTiming {
  meetingStatus: MeetingStatus;
  endsAt: Date;
  sentAt: Date | null;
  closesAt: Date;
}

/**
 * Whether answers are taken: from the meeting's end (or its being marked held,
 * if earlier) until `closesAt`, and only once the form was sent, so nobody
 * answers questions the coordinator may still change. A cancelled meeting is
 * never evaluated.
 */
export function evaluationWindow(e: EvaluationTiming, now: Date): EvaluationWindow {
  if (e.meetingStatus === 'cancelled' || e.meetingStatus === 'draft') return 'notYet';
  if (now >= e.closesAt) return 'closed';
  if (e.meetingStatus !== 'held' && now < e.endsAt) return 'notYet';
  if (!e.sentAt) return 'notSent';
  return 'open';
}

/** Whether the coordinator may send the form: the meeting is over (ended or held) and it still closes later. */
export function maySendEvaluation(e: Omit<EvaluationTiming, 'sentAt'>, now: Date): boolean {
  if (e.meetingStatus === 'cancelled' || e.meetingStatus === 'draft') return false;
  if (e.meetingStatus !== 'held' && now < e.endsAt) return false;
  return now < e.closesAt;
}

export interface StoredAnswer {
  rating: number;
  /** One per free-text question, in order; null or '' when left empty. */
  texts: readonly (string | null)[];
}

export type EvaluationResults =
  | { enough: false; count: number; min: number }
  | {
      enough: true;
      count: number;
      /** How many answered 1, 2, 3, 4, 5. */
      ratingCounts: Record<Rating, number>;
      /** The mean rating, one decimal. */
      mean: number;
      /** Per free-text question: its answers in a random order, or null when fewer than MIN_GROUP wrote one. */
      texts: (string[] | null)[];
    };

/**
 * Fisher–Yates with the given source of randomness: the stored order of answers
 * follows the order they came in, which must not show.
 */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The totals of an evaluation. Below MIN_GROUP answers nothing but the count.
 * A free-text question is shown only when at least MIN_GROUP people wrote an
 * answer to it: texts are optional, so a question two people answered would
 * otherwise point at them even inside a larger group.
 */
export function evaluationResults(
  answers: readonly StoredAnswer[],
  textQuestionCount: number,
  random: () => number = Math.random,
): EvaluationResults {
  const count = answers.length;
  if (count < MIN_GROUP) return { enough: false, count, min: MIN_GROUP };
  const ratingCounts: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (const a of answers) {
    ratingCounts[a.rating as Rating] += 1;
    sum += a.rating;
  }
  const texts = Array.from({ length: textQuestionCount }, (_, q) => {
    const written = answers.map((a) => a.texts[q]?.trim() ?? '').filter((t) => t.length > 0);
    return written.length >= MIN_GROUP ? shuffled(written, random) : null;
  });
  return { enough: true, count, ratingCounts, mean: Math.round((sum / count) * 10) / 10, texts };
}
