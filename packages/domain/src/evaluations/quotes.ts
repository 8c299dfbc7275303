import { findReidentifyingPassages, type ReidentificationKind } from './reidentification.ts';

/**
 * A quote's re-identification check (docs/adr/0025). The team picks quotes from the notes;
 * before one may be used outside the team (the preliminary findings shared with the service,
 * the report) the check must find nothing, or the lead must have let it out anyway with a
 * reason. A quote whose text changes is checked again, and a previous override no longer holds.
 */
export const QUOTE_CHECKS = ['clear', 'flagged', 'overridden'] as const;
export type QuoteCheck = (typeof QUOTE_CHECKS)[number];

/** Whether a quote may leave the team: only a clear check, or the lead's recorded override. */
export function quoteIsPublishable(check: QuoteCheck): boolean {
  return check === 'clear' || check === 'overridden';
}

/** The check of a quote's text: the kinds found (never the words), sorted and once each. */
export function checkQuote(text: string): { check: 'clear' | 'flagged'; checkKinds: ReidentificationKind[] } {
  const kinds = [...new Set(findReidentifyingPassages(text).map((hit) => hit.kind))].sort();
  return { check: kinds.length === 0 ? 'clear' : 'flagged', checkKinds: kinds };
}
