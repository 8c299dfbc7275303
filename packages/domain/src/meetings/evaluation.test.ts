import { describe, expect, test } from 'vitest';
import {
  MIN_GROUP,
  evaluationResults,
  evaluationWindow,
  mayAnswerEvaluation,
  maySendEvaluation,
  shuffled,
} from './evaluation.ts';
import { evaluationAnswerInput, evaluationQuestionsInput } from './evaluation-schemas.ts';

const answer = (rating: number, ...texts: (string | null)[]) => ({ rating, texts });

describe('the group-size rule', () => {
  test('is five', () => expect(MIN_GROUP).toBe(5));

  test('four answers show only the count', () => {
    const four = [answer(5, 'Bra'), answer(4, 'Fint'), answer(1, 'Dårlig'), answer(3, 'OK')];
    expect(evaluationResults(four, 1)).toEqual({ enough: false, count: 4, min: 5 });
  });

  test('five answers show the counts per rating, the mean and the texts', () => {
    const five = [answer(5, 'a'), answer(4, 'b'), answer(4, 'c'), answer(2, 'd'), answer(1, 'e')];
    const results = evaluationResults(five, 1);
    expect(results).toMatchObject({
      enough: true,
      count: 5,
      ratingCounts: { 1: 1, 2: 1, 3: 0, 4: 2, 5: 1 },
      mean: 3.2,
    });
    if (!results.enough) throw new Error('expected results');
    expect([...results.texts[0]!].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('a free-text question fewer than five wrote an answer to is withheld, even in a larger group', () => {
    const rows = [
      answer(5, 'x', 'only one'),
      answer(4, 'y', ''),
      answer(4, 'z', null),
      answer(3, 'w', '  '),
      answer(2, 'v', 'two'),
      answer(2, 'u', null),
    ];
    const results = evaluationResults(rows, 2);
    if (!results.enough) throw new Error('expected results');
    expect(results.texts[0]).toHaveLength(6);
    expect(results.texts[1]).toBeNull();
  });

  test('texts come in a random order, not the order they were stored in', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((t) => answer(3, t));
    const results = evaluationResults(rows, 1, () => 0);
    if (!results.enough) throw new Error('expected results');
    expect(results.texts[0]).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(shuffled([1, 2, 3], () => 0.999)).toEqual([1, 2, 3]);
  });
});

describe('who may answer', () => {
  test('a confirmed registration, unless check-in says they did not come', () => {
    expect(mayAnswerEvaluation({ status: 'confirmed', attended: null })).toBe(true);
    expect(mayAnswerEvaluation({ status: 'confirmed', attended: true })).toBe(true);
    expect(mayAnswerEvaluation({ status: 'confirmed', attended: false })).toBe(false);
    expect(mayAnswerEvaluation({ status: 'waiting', attended: null })).toBe(false);
    expect(mayAnswerEvaluation({ status: 'cancelled', attended: true })).toBe(false);
    expect(mayAnswerEvaluation(null)).toBe(false);
  });
});

describe('when answers are taken', () => {
  const endsAt = new Date('2031-05-20T13:30:00Z');
  const closesAt = new Date('2031-06-03T21:59:00Z');
  const sentAt = new Date('2031-05-20T14:00:00Z');
  const during = new Date('2031-05-20T10:00:00Z');
  const after = new Date('2031-05-21T10:00:00Z');
  const base = { meetingStatus: 'published' as const, endsAt, closesAt, sentAt };

  test('from the end until the closing time, once sent', () => {
    expect(evaluationWindow(base, during)).toBe('notYet');
    expect(evaluationWindow(base, endsAt)).toBe('open');
    expect(evaluationWindow({ ...base, sentAt: null }, after)).toBe('notSent');
    expect(evaluationWindow(base, closesAt)).toBe('closed');
  });

  test('marked held before the planned end opens it', () => {
    expect(evaluationWindow({ ...base, meetingStatus: 'held' }, during)).toBe('open');
    expect(maySendEvaluation({ ...base, meetingStatus: 'held' }, during)).toBe(true);
  });

  test('never for a cancelled meeting; sending only after the end and before closing', () => {
    expect(evaluationWindow({ ...base, meetingStatus: 'cancelled' }, after)).toBe('notYet');
    expect(maySendEvaluation({ ...base, meetingStatus: 'cancelled' }, after)).toBe(false);
    expect(maySendEvaluation(base, during)).toBe(false);
    expect(maySendEvaluation(base, after)).toBe(true);
    expect(maySendEvaluation(base, closesAt)).toBe(false);
  });
});

describe('the schemas', () => {
  const form = {
    ratingQuestion: 'Hvor nyttig var samlingen?',
    textQuestions: ['Hva var best?'],
    closesOn: '2031-06-03',
  };
  test('a rating question and at most five text questions', () => {
    expect(evaluationQuestionsInput.safeParse(form).success).toBe(true);
    expect(evaluationQuestionsInput.safeParse({ ...form, textQuestions: Array(6).fill('Hvorfor?') }).success).toBe(
      false,
    );
    expect(evaluationQuestionsInput.safeParse({ ...form, ratingQuestion: ' ' }).success).toBe(false);
  });
  test('a rating from 1 to 5', () => {
    const ok = { meetingId: 'c'.repeat(25), rating: 5, texts: ['Bra'] };
    expect(evaluationAnswerInput.safeParse(ok).success).toBe(true);
    for (const rating of [0, 6, 2.5, '3'])
      expect(evaluationAnswerInput.safeParse({ ...ok, rating }).success).toBe(false);
  });
});
