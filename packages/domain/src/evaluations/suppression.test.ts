import { describe, expect, it } from 'vitest';
import { translateWith } from '../i18n/format.ts';
import { evaluationsShared } from '../i18n/messages/evaluations/shared.ts';
import { MIN_GROUP_SIZE_FLOOR } from './schemas.ts';
import {
  type SuppressedTable,
  effectiveMinimum,
  formatSuppressedCount,
  isShownCount,
  suppressTable,
} from './suppression.ts';

/**
 * The reader's side, written apart from the algorithm: from a published table, the equations
 * a reader can write (rows, columns, the grand total), with the hidden values as unknowns.
 * A hidden value is derivable when adding its unit vector to the equations does not raise their
 * rank (floating-point elimination with partial pivoting; the matrices are small and ±1).
 */
function equationsOf(t: SuppressedTable): { matrix: number[][]; unknowns: number } {
  const rows = t.cells.length;
  const columns = t.columnTotals.length;
  const grid: (number | null)[][] = [
    ...t.cells.map((row, r) => [...row, t.rowTotals[r]!]),
    [...t.columnTotals, t.total],
  ];
  const index = new Map<string, number>();
  grid.forEach((row, r) => row.forEach((v, c) => v === null && index.set(`${r},${c}`, index.size)));
  const matrix: number[][] = [];
  const add = (members: Array<[number, number, number]>) => {
    const row = new Array<number>(index.size).fill(0);
    for (const [r, c, k] of members) if (index.has(`${r},${c}`)) row[index.get(`${r},${c}`)!]! += k;
    matrix.push(row);
  };
  for (let r = 0; r <= rows; r++)
    add([...Array.from({ length: columns }, (_, c): [number, number, number] => [r, c, 1]), [r, columns, -1]]);
  for (let c = 0; c <= columns; c++)
    add([...Array.from({ length: rows }, (_, r): [number, number, number] => [r, c, 1]), [rows, c, -1]]);
  return { matrix, unknowns: index.size };
}

function rank(input: number[][]): number {
  const m = input.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && rank < m.length; c++) {
    let best = rank;
    for (let r = rank; r < m.length; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!)) best = r;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[rank], m[best]] = [m[best]!, m[rank]!];
    for (let r = rank + 1; r < m.length; r++) {
      const f = m[r]![c]! / m[rank]![c]!;
      for (let k = c; k < width; k++) m[r]![k]! -= f * m[rank]![k]!;
    }
    rank++;
  }
  return rank;
}

/** How many hidden values a reader can work out exactly by combining the published equations. */
function derivableCount(t: SuppressedTable): number {
  const { matrix, unknowns } = equationsOf(t);
  const base = rank(matrix);
  let found = 0;
  for (let j = 0; j < unknowns; j++) {
    const unit = Array.from({ length: unknowns }, (_, k) => (k === j ? 1 : 0));
    if (rank([...matrix, unit]) === base) found++;
  }
  return found;
}

const hiddenCells = (t: SuppressedTable) => t.cells.flat().filter((v) => v === null).length;

describe('suppressTable: hand-made tables', () => {
  it('shows a table with no small group whole, zeros included', () => {
    const t = suppressTable(
      [
        [12, 0],
        [7, 9],
      ],
      5,
    );
    expect(t).toEqual({
      cells: [
        [12, 0],
        [7, 9],
      ],
      rowTotals: [12, 16],
      columnTotals: [19, 9],
      total: 28,
    });
  });

  it('one column with its total: a hidden count takes the next smallest with it', () => {
    const t = suppressTable([[3], [10], [12]], 5);
    expect(t.cells).toEqual([[null], [null], [12]]);
    expect(t.total).toBe(25);
    expect(derivableCount(t)).toBe(0);
  });

  it('two columns with margins: the hidden cell cannot be subtracted out of its row or column', () => {
    const t = suppressTable(
      [
        [2, 20],
        [15, 30],
      ],
      5,
    );
    expect(t.cells).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(t.rowTotals).toEqual([22, 45]);
    expect(t.columnTotals).toEqual([17, 50]);
    expect(t.total).toBe(67);
    expect(derivableCount(t)).toBe(0);
  });

  it('hides across rows and columns in a 3×3 table, and nothing else', () => {
    const t = suppressTable(
      [
        [3, 10, 20],
        [8, 11, 25],
        [30, 40, 50],
      ],
      5,
    );
    expect(t.cells[0]).toEqual([null, null, 20]);
    expect(t.cells[1]).toEqual([null, null, 25]);
    expect(t.cells[2]).toEqual([30, 40, 50]);
    expect(derivableCount(t)).toBe(0);
  });

  it('hides everything that is small, totals too', () => {
    const t = suppressTable(
      [
        [1, 2],
        [1, 0],
      ],
      5,
    );
    expect(t.cells).toEqual([
      [null, null],
      [null, 0],
    ]);
    expect(t.rowTotals).toEqual([null, null]);
    expect(t.columnTotals).toEqual([null, null]);
    expect(t.total).toBeNull();
  });

  it('shows zeros: nobody is not a small group', () => {
    expect(suppressTable([[0], [0], [0]], 5)).toEqual({
      cells: [[0], [0], [0]],
      rowTotals: [0, 0, 0],
      columnTotals: [0],
      total: 0,
    });
  });

  it('two hidden ones beside a shown total would be all ones: hides more', () => {
    // Without the rule: x + y = 2 with x, y ≥ 1 gives x = y = 1.
    const t = suppressTable([[1], [1], [20]], 5);
    expect(t.cells).toEqual([[null], [null], [null]]);
  });

  it('never uses a minimum below 5, and uses a raised one', () => {
    expect(suppressTable([[4], [30]], 2).cells[0]).toEqual([null]);
    expect(suppressTable([[7], [30], [40]], 10).cells).toEqual([[null], [null], [40]]);
    expect(effectiveMinimum(2)).toBe(MIN_GROUP_SIZE_FLOOR);
    expect(effectiveMinimum(10)).toBe(10);
    expect(effectiveMinimum(Number.NaN)).toBe(5);
    expect(isShownCount(0, 5)).toBe(true);
    expect(isShownCount(4, 3)).toBe(false);
    expect(isShownCount(5, 5)).toBe(true);
  });

  it('hides what the caller names too, and protects it like a small count', () => {
    const t = suppressTable([[18], [12], [9]], 5, { alsoHide: (r, c) => r === 0 && c === 0 });
    expect(t.cells).toEqual([[null], [12], [null]]);
    expect(t.rowTotals).toEqual([null, 12, null]);
    expect(t.total).toBe(39);
    expect(derivableCount(t)).toBe(0);
  });

  it('an empty table is empty', () => {
    expect(suppressTable([], 5)).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: 0 });
  });
});

describe('formatSuppressedCount', () => {
  const t = (locale: 'nb' | 'nn' | 'en') => (key: string, params: { min: number }) =>
    translateWith(evaluationsShared, locale, key, params);
  it('reads «færre enn 5» in bokmål, and names the raised minimum', () => {
    expect(formatSuppressedCount(null, 5, t('nb'))).toBe('færre enn 5');
    expect(formatSuppressedCount(null, 3, t('nn'))).toBe('færre enn 5');
    expect(formatSuppressedCount(null, 10, t('en'))).toBe('fewer than 10');
    expect(formatSuppressedCount(12, 5, t('nb'))).toBe('12');
  });
});

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('suppressTable: 2 000 random tables', () => {
  it('shows no small group, lets nothing be derived, and shows only true values', () => {
    const next = random(20261130);
    let withHidden = 0;
    for (let n = 0; n < 2000; n++) {
      const rows = 1 + Math.floor(next() * 6);
      const columns = 1 + Math.floor(next() * 6);
      // Skewed towards small counts, so most tables have something to hide.
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(next() ** 2 * 31)),
      );
      const minimum = n % 2 === 0 ? 5 : 10;
      const t = suppressTable(counts, minimum);
      const context = JSON.stringify({ n, counts, minimum, t });
      const truth = {
        cells: counts,
        rowTotals: counts.map((row) => row.reduce((a, b) => a + b, 0)),
        columnTotals: counts[0]!.map((_, c) => counts.reduce((a, row) => a + row[c]!, 0)),
      };
      const total = truth.rowTotals.reduce((a, b) => a + b, 0);
      const pairs: Array<[number | null, number]> = [
        ...t.cells.flatMap((row, r) => row.map((v, c): [number | null, number] => [v, counts[r]![c]!])),
        ...t.rowTotals.map((v, r): [number | null, number] => [v, truth.rowTotals[r]!]),
        ...t.columnTotals.map((v, c): [number | null, number] => [v, truth.columnTotals[c]!]),
        [t.total, total],
      ];
      for (const [shown, real] of pairs) {
        if (shown === null) {
          expect(real === 0 || real >= 1, context).toBe(true);
          continue;
        }
        expect(shown, context).toBe(real); // (c) shown values are the true ones
        expect(shown === 0 || shown >= minimum, context).toBe(true); // (a) no small group
        if (real > 0 && real < minimum) throw new Error(`a small count is shown: ${context}`);
      }
      expect(derivableCount(t), context).toBe(0); // (b) nothing can be worked out
      if (hiddenCells(t) > 0) withHidden++;
    }
    // The test means something only if many tables had hidden cells.
    expect(withHidden).toBeGreaterThan(1000);
  }, 60_000);
});
