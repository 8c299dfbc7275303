import { describe, expect, it } from 'vitest';
import { followUpRoundsFor, recommendationResponseInput, roundToAnswer } from './follow-up.ts';

describe('the follow-up rounds', () => {
  it('are due at midnight in Oslo 6 and 12 months after the publication day; the 31st falls back', () => {
    expect(followUpRoundsFor(new Date('2026-05-01T10:00:00Z'))).toEqual([
      // 1 November is winter time (+01:00), 1 May summer time (+02:00).
      { months: 6, dueAt: new Date('2026-10-31T23:00:00Z') },
      { months: 12, dueAt: new Date('2027-04-30T22:00:00Z') },
    ]);
    expect(followUpRoundsFor(new Date('2026-08-31T08:00:00Z')).map((r) => r.dueAt)).toEqual([
      new Date('2027-02-27T23:00:00Z'),
      new Date('2027-08-30T22:00:00Z'),
    ]);
  });

  it('a status answers the latest round asked for, once', () => {
    expect(roundToAnswer([], [])).toBeNull();
    expect(roundToAnswer([6], [null])).toBe(6);
    expect(roundToAnswer([6], [6])).toBeNull();
    expect(roundToAnswer([6, 12], [6])).toBe(12);
    expect(roundToAnswer([6, 12], [12])).toBeNull();
  });

  it('the response is one of three, with bounded texts', () => {
    const base = { recommendationId: 'r1', response: 'partly', plannedAction: '', responsible: '' };
    expect(recommendationResponseInput.safeParse(base).success).toBe(true);
    expect(recommendationResponseInput.safeParse({ ...base, response: 'maybe' }).success).toBe(false);
    expect(recommendationResponseInput.safeParse({ ...base, responsible: 'x'.repeat(201) }).success).toBe(false);
  });
});
