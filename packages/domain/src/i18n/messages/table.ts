import { defineMessages } from '../define.ts';

/**
 * Interface strings of packages/ui's DataTable: the sortable column headers. The hints are
 * read as the header button's description (what pressing it does); the results are said in
 * a polite live region after a sort, since screen readers do not reliably announce a change
 * of aria-sort.
 */
export const table = defineMessages({
  'ui.table.sortAscending': {
    nb: 'Sorter stigende',
    nn: 'Sorter stigande',
    en: 'Sort ascending',
  },
  'ui.table.sortDescending': {
    nb: 'Sorter synkende',
    nn: 'Sorter søkkande',
    en: 'Sort descending',
  },
  'ui.table.sortedAscending': {
    nb: 'Sortert etter {column}, stigende',
    nn: 'Sortert etter {column}, stigande',
    en: 'Sorted by {column}, ascending',
  },
  'ui.table.sortedDescending': {
    nb: 'Sortert etter {column}, synkende',
    nn: 'Sortert etter {column}, søkkande',
    en: 'Sorted by {column}, descending',
  },
});
