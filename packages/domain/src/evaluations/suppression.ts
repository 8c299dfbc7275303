import { MIN_GROUP_SIZE_FLOOR } from './schemas.ts';

/**
 * Small groups are never shown outside the team (docs/adr/0025). A table of counts is
 * published with its row and column totals and the grand total; any count under the
 * evaluation's minimum (never below 5) is hidden («færre enn 5»), and so is whatever would
 * let a reader work a hidden count out from what is shown (complementary suppression).
 *
 * The published table is a system of equations: each row's cells add up to its total, each
 * column's to its total, the row totals and the column totals to the grand total. The hidden
 * values are its unknowns. A hidden value is derivable when some combination of the equations
 * leaves it alone: exactly when its unit vector lies in the row space of the equations
 * restricted to the unknowns, which `derivable` decides by exact (integer) Gaussian
 * elimination. Since zeros are shown, a reader also knows a hidden count is at least 1, so an
 * equation whose hidden cells add up to their own number gives each of them away (all ones);
 * that is refused too. While anything is derivable, the smallest shown member of an equation
 * that gives it away is hidden as well. Zero is shown: «nobody» is not a small group.
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

/** The minimum actually applied: the evaluation's, never below the floor of 5. */
export const effectiveMinimum = (minimum: number): number =>
  Number.isFinite(minimum) ? Math.max(MIN_GROUP_SIZE_FLOOR, Math.ceil(minimum)) : MIN_GROUP_SIZE_FLOOR;

/** Whether a count may be shown outside the team on its own (before complementary suppression). */
export const isShownCount = (count: number, minimum: number) => count === 0 || count >= effectiveMinimum(minimum);

/** The message key and parameters shown for a hidden value: «færre enn 5». */
export const HIDDEN_COUNT_KEY = 'evaluations.fewerThan';

/** A published value as text: the number, or «færre enn N» (through the app's translate function). */
export function formatSuppressedCount(
  value: number | null,
  minimum: number,
  translate: (key: string, params: { min: number }) => string,
): string {
  return value === null ? translate(HIDDEN_COUNT_KEY, { min: effectiveMinimum(minimum) }) : String(value);
}

/** One published equation: Σ coefficient × value = 0 over the augmented table's entries (by index). */
type Equation = Array<{ id: number; coefficient: 1 | -1 }>;

export interface SuppressOptions {
  /**
   * Values to hide for a reason of their own, beside the small ones (row `rows` is the totals
   * row, column `columns` the totals column). A multiple-choice question hides a count whose
   * complement («did not pick it») is a small group (api/src/routers/evaluations/results.ts).
   */
  alsoHide?: (row: number, column: number) => boolean;
}

export function suppressTable(
  counts: readonly (readonly number[])[],
  minimum: number,
  options: SuppressOptions = {},
): SuppressedTable {
  const min = effectiveMinimum(minimum);
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const width = columns + 1;
  // The augmented table, flattened: cells, a totals column at index `columns`, a totals row at index `rows`.
  const values: number[] = [];
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) {
      let v = 0;
      for (let rr = 0; rr < rows; rr++) {
        if (r < rows && rr !== r) continue;
        for (let cc = 0; cc < columns; cc++) if (c === columns || cc === c) v += counts[rr]![cc]!;
      }
      values.push(v);
    }
  }
  const id = (r: number, c: number) => r * width + c;
  const equations: Equation[] = [];
  for (let r = 0; r <= rows; r++) {
    const members: Equation = [];
    for (let c = 0; c < columns; c++) members.push({ id: id(r, c), coefficient: 1 });
    equations.push([...members, { id: id(r, columns), coefficient: -1 }]);
  }
  for (let c = 0; c <= columns; c++) {
    const members: Equation = [];
    for (let r = 0; r < rows; r++) members.push({ id: id(r, c), coefficient: 1 });
    equations.push([...members, { id: id(rows, c), coefficient: -1 }]);
  }

  const hidden = values.map(
    (v, i) => (v > 0 && v < min) || (options.alsoHide?.(Math.floor(i / width), i % width) ?? false),
  );
  for (;;) {
    // First the classic rule, which settles most tables: an equation with one hidden member
    // gives it away, so hide the smallest shown member of such an equation.
    const single = equations.filter((e) => e.filter((m) => hidden[m.id]).length === 1);
    // Then the exact check, for what only a combination of equations gives away.
    const leaks = single.length > 0 ? single : findLeaks(equations, values, hidden);
    if (leaks.length === 0) break;
    hidden[nextToHide(leaks, equations, values, hidden, width, single.length === 0)] = true;
  }

  const show = (r: number, c: number) => (hidden[id(r, c)] ? null : values[id(r, c)]!);
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => show(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => show(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => show(rows, c)),
    total: show(rows, columns),
  };
}

/**
 * The equations that give a hidden value away: those holding a derivable unknown, and those
 * whose hidden cells would all be ones. Empty when the table is safe.
 */
function findLeaks(equations: Equation[], values: number[], hidden: boolean[]): Equation[] {
  const leaks = new Set<Equation>();
  // All ones: an equation whose shown total leaves its hidden cells (each ≥ 1) with their own number.
  for (const equation of equations) {
    const total = equation.find((m) => m.coefficient === -1)!;
    const unknown = equation.filter((m) => hidden[m.id]);
    if (hidden[total.id] || unknown.length < 2) continue;
    const rest = equation.reduce((sum, m) => (hidden[m.id] ? sum : sum + m.coefficient * values[m.id]!), 0);
    if (-rest === unknown.length) leaks.add(equation);
  }
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  for (const i of derivable(equations, unknowns)) {
    for (const e of equations) if (e.some((m) => m.id === i)) leaks.add(e);
  }
  return [...leaks];
}

/**
 * The next value to hide, among the shown members of the leaking equations: one that mends
 * the most of them, then the smallest non-zero (a zero says little and is hidden only as a last resort), a cell before a total,
 * then the first in reading order, so the result depends on nothing but the table. With
 * `lookAhead`, the one that leaves the fewest leaking equations comes first (so a value is
 * not hidden where it cannot help). Hiding every shown value is always safe (every value of a
 * fully hidden table can change with its row, column and totals), so the loop ends.
 */
function nextToHide(
  leaks: Equation[],
  equations: Equation[],
  values: number[],
  hidden: boolean[],
  width: number,
  lookAhead: boolean,
): number {
  const isTotal = (i: number) => i % width === width - 1 || i >= values.length - width;
  const rank = (i: number) => (values[i] === 0 ? Number.MAX_SAFE_INTEGER : values[i]!);
  let candidates = [...new Set(leaks.flatMap((e) => e.map((m) => m.id)))].filter((i) => !hidden[i]);
  // A leak whose own equations are all hidden (not seen in tests): any shown value may be hidden.
  if (candidates.length === 0) candidates = values.flatMap((_, i) => (hidden[i] ? [] : [i]));
  candidates.sort((a, b) => rank(a) - rank(b) || Number(isTotal(a)) - Number(isTotal(b)) || a - b);
  if (!lookAhead) {
    // A value in two leaking equations (a row's and a column's) mends both at once.
    const mends = (i: number) => leaks.filter((e) => e.some((m) => m.id === i)).length;
    return candidates.reduce((best, i) => (mends(i) > mends(best) ? i : best), candidates[0]!);
  }
  let best = { id: candidates[0]!, leaks: Number.MAX_SAFE_INTEGER };
  for (const id of candidates) {
    const after = findLeaks(
      equations,
      values,
      hidden.map((h, i) => h || i === id),
    ).length;
    if (after < best.leaks) best = { id, leaks: after };
    if (after === 0) break;
  }
  return best.id;
}

/**
 * The unknowns some combination of the equations singles out. Exact: the equations are reduced
 * to reduced row echelon form in integers (each row divided by its gcd, so entries stay small);
 * a unit vector lies in the row space exactly when a reduced row has one non-zero entry.
 */
function derivable(equations: readonly Equation[], unknowns: readonly number[]): number[] {
  const column = new Map(unknowns.map((u, i) => [u, i]));
  const matrix = equations
    .map((e) => {
      const row = new Array<number>(unknowns.length).fill(0);
      for (const m of e) if (column.has(m.id)) row[column.get(m.id)!]! += m.coefficient;
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  let pivot = 0;
  for (let c = 0; c < unknowns.length && pivot < matrix.length; c++) {
    const found = matrix.findIndex((row, r) => r >= pivot && row[c] !== 0);
    if (found < 0) continue;
    [matrix[pivot], matrix[found]] = [matrix[found]!, matrix[pivot]!];
    const p = matrix[pivot]!;
    for (let r = 0; r < matrix.length; r++) {
      const a = matrix[r]![c]!;
      if (r === pivot || a === 0) continue;
      matrix[r] = normalise(matrix[r]!.map((v, i) => v * p[c]! - p[i]! * a));
    }
    pivot++;
  }
  return matrix.flatMap((row) => {
    const nonZero = row.flatMap((v, i) => (v !== 0 ? [i] : []));
    return nonZero.length === 1 ? [unknowns[nonZero[0]!]!] : [];
  });
}

function normalise(row: number[]): number[] {
  const divisor = row.reduce((g, v) => gcd(g, Math.abs(v)), 0);
  if (!row.every(Number.isSafeInteger)) throw new Error('suppressTable: elimination overflowed');
  return divisor > 1 ? row.map((v) => v / divisor) : row;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
