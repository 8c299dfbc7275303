import { Button } from '@digdir/designsystemet-react';
import type { OrderedList } from './use-ordered-list.ts';

/**
 * An item's up, down and remove buttons (see useOrderedList): up not on the
 * first, down not on the last. The labels name the item's place ("Move item 2 up").
 */
export function OrderedListControls<T extends { key: number }>({
  list,
  index,
  labels,
}: {
  list: OrderedList<T>;
  index: number;
  labels: { up: string; down: string; remove: string };
}) {
  const key = list.items[index]!.key;
  return (
    <div className="kp-actions">
      {index > 0 ? (
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          id={`${list.idPrefix}-${key}-up`}
          onClick={() => list.move(index, -1)}
        >
          {labels.up}
        </Button>
      ) : null}
      {index < list.items.length - 1 ? (
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          id={`${list.idPrefix}-${key}-down`}
          onClick={() => list.move(index, 1)}
        >
          {labels.down}
        </Button>
      ) : null}
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        data-color="danger"
        id={`${list.idPrefix}-${key}-remove`}
        onClick={() => list.remove(index)}
      >
        {labels.remove}
      </Button>
    </div>
  );
}
