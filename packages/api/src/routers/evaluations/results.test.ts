import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@knutepunkt/db';
import { testDatabases } from '@knutepunkt/db/testing';
import { suppressTable } from '@knutepunkt/domain';
import { TEST_RAW_DATA_KEYRING as keyring } from '../../testing/raw-data-keyring.ts';
import { questionnaireResults } from './results.ts';
import { type SeedAnswer, seedQuestionnaireWithAnswers } from './results-seed.ts';

/**
 * The published results on a real database: counts per option and breakdown group, suppressed
 * with the minimum, «answered» hidden under it, free text only from at least the minimum.
 */
const QUESTIONS = [
  { kind: 'single' as const, text: 'Hvilken enhet?', options: ['Nord', 'Sør'] },
  { kind: 'single' as const, text: 'Er du fornøyd?', options: ['Ja', 'Nei', 'Vet ikke'] },
  { kind: 'multiple' as const, text: 'Hva hjalp?', options: ['Samtaler', 'Aktiviteter', 'Mat'] },
  { kind: 'scale' as const, text: 'Hvor trygg følte du deg?', options: ['Utrygg', 'Trygg'] },
  { kind: 'text' as const, text: 'Noe mer?' },
  { kind: 'text' as const, text: 'Annet?' },
  { kind: 'single' as const, text: 'Brukte du nattilbudet?', options: ['Ja', 'Nei'] },
];

/** 18 in Nord, 12 in Sør, 2 who did not say: each list is per respondent, in that order. */
function responses(): SeedAnswer[][] {
  const groups = [...Array<number>(18).fill(0), ...Array<number>(12).fill(1), -1, -1];
  // Nord: Ja 12, Nei 4, Vet ikke 2; Sør: Ja 7, Nei 5; the two without a group: Ja.
  const satisfied = [...Array(12).fill(0), ...Array(4).fill(1), 2, 2, ...Array(7).fill(0), ...Array(5).fill(1), 0, 0];
  return groups.map((group, i) => {
    const helped =
      group === 0
        ? [...(i < 16 ? [0] : []), ...(i < 9 || i >= 16 ? [1] : [])]
        : group === 1
          ? [0, ...(i < 24 ? [1] : []), ...(i >= 27 ? [2] : [])]
          : [];
    return [
      group < 0 ? null : group,
      satisfied[i]!,
      helped.length > 0 ? helped : null,
      i < 30 ? 3 + (i % 3) : null,
      i % 5 === 0 ? `Svar nummer ${String(i).padStart(2, '0')}` : null,
      i < 3 ? 'Kort' : null,
      i < 3 ? 1 : null,
    ];
  });
}

describe.each(testDatabases())('questionnaireResults on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  beforeAll(async () => {
    handle = await open();
  }, 120_000);
  afterAll(async () => handle?.close());

  it('counts people per option and group, and hides small groups and what gives them away', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const seeded = await seedQuestionnaireWithAnswers(handle.db, keyring, {
      questions: QUESTIONS,
      breakdown: 0,
      responses: responses(),
    });
    const read: string[] = [];
    const results = await questionnaireResults(handle.db, keyring, seeded.questionnaireId, 5, async (ids) => {
      read.push(...ids);
    });
    expect(results.map((r) => r.kind)).toEqual(['single', 'single', 'multiple', 'scale', 'text', 'text', 'single']);

    // The breakdown question is one column of its own groups.
    const [unit, satisfied, helped, safe, more, other, night] = results as [(typeof results)[0], ...typeof results];
    expect(unit.columns).toEqual(['']);
    expect(unit.table.cells).toEqual([[18], [12]]);
    expect(unit.answered).toBe(30);

    // Single choice split by unit: the same table the domain's rule gives for the true counts.
    expect(satisfied!.rows).toEqual(['Ja', 'Nei', 'Vet ikke']);
    expect(satisfied!.columns).toEqual(['Nord', 'Sør']);
    expect(satisfied!.table).toEqual(
      suppressTable(
        [
          [12, 7],
          [4, 5],
          [2, 0],
        ],
        5,
      ),
    );
    expect(satisfied!.table.cells[1]![0]).toBeNull(); // 4
    expect(satisfied!.table.cells[2]![0]).toBeNull(); // 2
    expect(satisfied!.table.rowTotals[2]).toBeNull(); // 2 in all
    expect(satisfied!.answered).toBe(32); // the two without a unit answered too

    // Multiple choice: Samtaler in Nord is 16 of 18, so the 2 who did not pick it are a small group.
    expect(helped!.table.cells[0]![0]).toBeNull();
    expect(helped!.table.cells[2]![1]).toBeNull(); // Mat in Sør: 3
    // Aktiviteter (11, 6) is hidden with them, or each column would give its hidden count away.
    expect(helped!.table.cells[1]).toEqual([null, null]);
    expect(helped!.table.cells[0]![1]).toBe(12);
    expect(helped!.table.rowTotals[0]).toBeNull(); // 28 of 30: the 2 others are few
    expect(helped!.table.rowTotals[1]).toBe(17);
    expect(helped!.answered).toBe(30);

    // Scale: 3, 4, 5 in turn for the 30 with a unit.
    expect(safe!.rows).toEqual(['1', '2', '3', '4', '5']);
    expect(safe!.table).toEqual(
      suppressTable(
        [
          [0, 0],
          [0, 0],
          [6, 4],
          [6, 4],
          [6, 4],
        ],
        5,
      ),
    );
    expect(safe!.answered).toBe(30);

    // Free text: 7 answered (shown, sorted, recorded as read); 3 answered (hidden, «answered» too).
    expect(more!.texts).toHaveLength(7);
    expect(more!.texts).toEqual([...more!.texts].sort());
    expect(more!.texts[0]).toBe('Svar nummer 00');
    expect(more!.textHidden).toBe(false);
    expect(read).toHaveLength(7);
    expect(other!.texts).toEqual([]);
    expect(other!.textHidden).toBe(true);
    expect(other!.answered).toBeNull();

    // Three answered: «answered» and every count are hidden.
    expect(night!.answered).toBeNull();
    expect(night!.table.total).toBeNull();
    expect(night!.table.cells.flat().every((v) => v === null || v === 0)).toBe(true);
  }, 60_000);

  it('a raised minimum hides more, and without a breakdown the table is one column', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const answers: SeedAnswer[][] = [...Array(3).fill([0]), ...Array(10).fill([1]), ...Array(12).fill([2])];
    const seeded = await seedQuestionnaireWithAnswers(handle.db, keyring, {
      questions: [{ kind: 'single', text: 'Hvor ofte?', options: ['Sjelden', 'Av og til', 'Ofte'] }],
      responses: answers,
    });
    const [atFive] = await questionnaireResults(handle.db, keyring, seeded.questionnaireId, 5);
    expect(atFive!.table.cells).toEqual([[null], [null], [12]]);
    expect(atFive!.table.total).toBe(25);
    const [atTwelve] = await questionnaireResults(handle.db, keyring, seeded.questionnaireId, 12);
    expect(atTwelve!.table.cells[1]).toEqual([null]);
    // A minimum below 5 is read as 5.
    const [atTwo] = await questionnaireResults(handle.db, keyring, seeded.questionnaireId, 2);
    expect(atTwo!.table).toEqual(atFive!.table);
  }, 60_000);
});
