/**
 * Small groups are never shown outside the team (docs/adr/0025). A table of counts is
 * published with its row and column totals and the grand total; any count under the
 * evaluation's minimum (never below 5) is hidden («færre enn 5»), and so is whatever would
 * let a reader work a hidden count out by subtraction (complementary suppression).
 *
 * The table is treated as a system of equations: each row's cells add up to its total, each
 * column's to its total, the totals to the grand total. A hidden cell must not be the only
 * unknown of any equation; while one is, the smallest shown member of that equation is hidden
 * too. Zero is shown: «nobody» is not a small group.
 */
export interface CountTable {
  /** counts[row][column], whole numbers ≥ 0. */
  counts: readonly (readonly number[])[];
}

/** A published table: null where a value is hidden. */
export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

export function suppressTable(counts: readonly (readonly number[])[], minimum: number): SuppressedTable {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  // The augmented table: cells, a totals column at index `columns`, a totals row at index `rows`.
  const value = (r: number, c: number): number => {
    if (r < rows && c < columns) return counts[r]![c]!;
    if (r < rows) return counts[r]!.reduce((a, b) => a + b, 0);
    if (c < columns) return counts.reduce((a, row) => a + row[c]!, 0);
    return counts.reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
  };
  const hidden: boolean[][] = Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: columns + 1 }, (_, c) => {
      const v = value(r, c);
      return v > 0 && v < minimum;
    }),
  );
  const equations: Array<Array<[number, number]>> = [];
  for (let r = 0; r <= rows; r++) equations.push(Array.from({ length: columns + 1 }, (_, c) => [r, c]));
  for (let c = 0; c <= columns; c++) equations.push(Array.from({ length: rows + 1 }, (_, r) => [r, c]));

  for (let changed = true; changed;) {
    changed = false;
    for (const members of equations) {
      const unknown = members.filter(([r, c]) => hidden[r]![c]);
      if (unknown.length !== 1) continue;
      // Hide the smallest shown member (a zero only as a last resort: it says little).
      const shown = members.filter(([r, c]) => !hidden[r]![c]);
      shown.sort((a, b) => rank(value(...a)) - rank(value(...b)));
      const pick = shown[0];
      if (!pick) continue;
      hidden[pick[0]]![pick[1]] = true;
      changed = true;
    }
  }

  const show = (r: number, c: number) => (hidden[r]![c] ? null : value(r, c));
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => show(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => show(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => show(rows, c)),
    total: show(rows, columns),
  };
}

/** Order for the next value to hide: the smallest non-zero first, zeros last. */
const rank = (v: number) => (v === 0 ? Number.MAX_SAFE_INTEGER : v);

/** Whether a count may be shown outside the team. */
export const isShownCount = (count: number, minimum: number) => count === 0 || count >= minimum;
