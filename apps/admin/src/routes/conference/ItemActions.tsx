import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { MoveButtons } from './MoveButtons.tsx';
import type { ListItem } from './use-edition-list.ts';

/** One item's buttons in an edition's ordered list: move up or down, edit (opens its form), delete. */
export function ItemActions({
  prefix,
  item,
  index,
  count,
  pending,
  expanded,
  onMove,
  onEdit,
  onDelete,
}: {
  prefix: string;
  item: ListItem;
  index: number;
  count: number;
  /** A move is being saved: further moves wait. */
  pending: boolean;
  /** The item's form is open. */
  expanded: boolean;
  onMove: (by: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="kp-row-actions">
      <MoveButtons
        idPrefix={prefix}
        id={item.id}
        name={item.name}
        index={index}
        count={count}
        pending={pending}
        onMove={onMove}
      />
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        id={`${prefix}-${item.id}-edit`}
        aria-expanded={expanded}
        onClick={onEdit}
      >
        {t('conference.admin.edit', { name: item.name })}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={onDelete}>
        {t('conference.admin.delete', { name: item.name })}
      </Button>
    </div>
  );
}
