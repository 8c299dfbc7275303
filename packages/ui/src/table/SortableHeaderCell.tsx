import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import type { SortDirection } from './sort.ts';

export interface SortableHeaderCellProps {
  /** This column's sort state: 'none' when the table is sorted by another column or not at all. */
  sort: SortDirection | 'none';
  onSort: () => void;
  /** The id of the hidden hint saying what pressing the button does ("Sorter stigende"). */
  describedBy: string;
  className?: string;
  children: ReactNode;
}

/**
 * A column header with a sort button, in the markup Designsystemet styles (th[aria-sort] >
 * button, with the arrow drawn by its CSS). The header's name stays the column's label:
 * the button holds only the label, and what it does is its description, so a screen reader
 * reading a cell says "Tittel", not "Tittel, sorter stigende".
 */
export function SortableHeaderCell({ sort, onSort, describedBy, className, children }: SortableHeaderCellProps) {
  return (
    <Table.HeaderCell aria-sort={sort} className={className}>
      <button type="button" aria-describedby={describedBy} onClick={onSort}>
        {children}
      </button>
    </Table.HeaderCell>
  );
}
