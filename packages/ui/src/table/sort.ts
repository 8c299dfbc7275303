import type { Locale } from '@knutepunkt/domain/i18n';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  /** The id of the sorted column. */
  column: string;
  direction: SortDirection;
}

/** What a column is sorted by. Empty values (null, undefined, '') go last in either direction. */
export type SortValue = string | number | null | undefined;

const isEmpty = (value: SortValue): value is null | undefined | '' =>
  value === null || value === undefined || value === '';

/**
 * The rows in a new array, sorted by `valueOf`. Text is compared as people in this language
 * expect (æ, ø, å after z in Norwegian; "2" before "10"); the sort is stable, so rows with the
 * same value keep the order the server gave them.
 */
export function sortRows<T>(
  rows: readonly T[],
  valueOf: (row: T) => SortValue,
  direction: SortDirection,
  locale: Locale,
): T[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, value: valueOf(row) }))
    .sort((a, b) => {
      if (isEmpty(a.value) || isEmpty(b.value)) return Number(isEmpty(a.value)) - Number(isEmpty(b.value));
      if (typeof a.value === 'number' && typeof b.value === 'number') return sign * (a.value - b.value);
      return sign * collator.compare(String(a.value), String(b.value));
    })
    .map(({ row }) => row);
}

/** Pressing a column's sort button: ascending first, then it alternates. */
export function nextSort(current: SortState | null, column: string): SortState {
  if (current?.column === column && current.direction === 'ascending') return { column, direction: 'descending' };
  return { column, direction: 'ascending' };
}
