import { useId, useMemo, useState, type ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/use-i18n.ts';
import { VisuallyHidden } from '../state/VisuallyHidden.tsx';
import { CollectionStates, type CollectionProps } from './CollectionStates.tsx';
import { SortableHeaderCell } from './SortableHeaderCell.tsx';
import { nextSort, sortRows, type SortState, type SortValue } from './sort.ts';
import { TableScroll } from './TableScroll.tsx';

export interface DataTableColumn<T> {
  /** Unique among the table's columns. */
  id: string;
  /** The column header's text (also said when the table is sorted by it). */
  header: string;
  cell: (row: T) => ReactNode;
  /** This column names the row: its cells are `<th scope="row">`, read before each cell of the row. */
  rowHeader?: boolean;
  /**
   * Makes the column sortable by this value, with a button in its header. Only for tables
   * that hold all their rows: sorting one page of a server's results would mislead.
   */
  sortValue?: (row: T) => SortValue;
  /** On the header and every cell of the column (e.g. to align numbers). */
  className?: string;
  /** On the body cells only. */
  cellClassName?: string;
}

export interface DataTableProps<T> extends CollectionProps {
  /** Names the table and its scroll region. */
  caption: string;
  /** Show the caption; by default it is for screen readers only, as the page's heading says the same. */
  showCaption?: boolean;
  /** Classes for a shown caption. */
  captionClassName?: string;
  columns: ReadonlyArray<DataTableColumn<T>>;
  /** The rows in the order to show them; undefined while they are loading or failed to load. */
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  /** The order the rows start in, when it is known (the server's order is shown unsorted otherwise). */
  initialSort?: SortState;
  zebra?: boolean;
  'data-size'?: 'sm' | 'md' | 'lg';
  className?: string;
}

/**
 * A table of rows with its states around it (see CollectionStates): a caption that names
 * the table and its sideways-scrolling region, column headers, row headers, and sorting by
 * the columns that allow it.
 */
export function DataTable<T>({
  caption,
  showCaption = false,
  captionClassName,
  columns,
  rows,
  rowKey,
  initialSort,
  zebra = true,
  'data-size': size,
  className,
  ...states
}: DataTableProps<T>) {
  const { t, locale } = useI18n();
  const id = useId();
  const captionId = `${id}-caption`;
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const [announcement, setAnnouncement] = useState('');
  const sortable = columns.some((column) => column.sortValue);

  const sortedRows = useMemo(() => {
    const valueOf = columns.find((column) => column.id === sort?.column)?.sortValue;
    // An unknown column (an initialSort that names none of them) keeps the server's order.
    if (!rows || !sort || !valueOf) return rows;
    return sortRows(rows, valueOf, sort.direction, locale);
  }, [rows, columns, sort, locale]);

  const onSort = (column: DataTableColumn<T>) => {
    const next = nextSort(sort, column.id);
    setSort(next);
    setAnnouncement(
      t(next.direction === 'ascending' ? 'ui.table.sortedAscending' : 'ui.table.sortedDescending', {
        column: column.header,
      }),
    );
  };

  return (
    <CollectionStates {...states} count={rows?.length}>
      <TableScroll labelledBy={captionId}>
        <Table zebra={zebra} data-size={size} className={className}>
          <caption id={captionId} className={showCaption ? captionClassName : 'ds-sr-only'}>
            {caption}
          </caption>
          <Table.Head>
            <Table.Row>
              {columns.map((column) =>
                column.sortValue ? (
                  <SortableHeaderCell
                    key={column.id}
                    sort={sort?.column === column.id ? sort.direction : 'none'}
                    describedBy={`${id}-${sort?.column === column.id && sort.direction === 'ascending' ? 'desc' : 'asc'}`}
                    onSort={() => onSort(column)}
                    className={column.className}
                  >
                    {column.header}
                  </SortableHeaderCell>
                ) : (
                  <Table.HeaderCell key={column.id} className={column.className}>
                    {column.header}
                  </Table.HeaderCell>
                ),
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sortedRows?.map((row) => (
              <Table.Row key={rowKey(row)}>
                {columns.map((column) => {
                  const cellClass = joinClasses(column.className, column.cellClassName);
                  return column.rowHeader ? (
                    <Table.HeaderCell key={column.id} scope="row" className={cellClass}>
                      {column.cell(row)}
                    </Table.HeaderCell>
                  ) : (
                    <Table.Cell key={column.id} className={cellClass}>
                      {column.cell(row)}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {sortable ? (
        <>
          {/* The sort buttons' descriptions: hidden, but read as referenced text. */}
          <div hidden>
            <span id={`${id}-asc`}>{t('ui.table.sortAscending')}</span>
            <span id={`${id}-desc`}>{t('ui.table.sortDescending')}</span>
          </div>
          <VisuallyHidden role="status">{announcement}</VisuallyHidden>
        </>
      ) : null}
    </CollectionStates>
  );
}

function joinClasses(...names: Array<string | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}
