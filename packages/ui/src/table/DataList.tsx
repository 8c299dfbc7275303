import type { ReactNode } from 'react';
import { CollectionStates, type CollectionProps } from './CollectionStates.tsx';

export interface DataListProps<T> extends CollectionProps {
  /** The items in the order to show them; undefined while they are loading or failed to load. */
  items: readonly T[] | undefined;
  itemKey: (item: T) => string;
  /** The content of one list item. */
  renderItem: (item: T) => ReactNode;
  /** The list's accessible name ("Varsler, nyeste først"); leave it out where a heading already names it. */
  label?: string;
  /** An `<ol>` where the order means something (newest first), a `<ul>` otherwise. */
  ordered?: boolean;
  className?: string;
  itemClassName?: string;
}

/**
 * Items that do not fit in columns (a log entry with its own table, a message with a
 * folded body), as a list with the same states around it as DataTable.
 */
export function DataList<T>({
  items,
  itemKey,
  renderItem,
  label,
  ordered = true,
  className,
  itemClassName,
  ...states
}: DataListProps<T>) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <CollectionStates {...states} count={items?.length}>
      <List className={className} aria-label={label}>
        {items?.map((item) => (
          <li key={itemKey(item)} className={itemClassName}>
            {renderItem(item)}
          </li>
        ))}
      </List>
    </CollectionStates>
  );
}
