import type { ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { DataList, VisuallyHidden, type CollectionProps } from '@knutepunkt/ui';

export interface PickListProps<T extends { id: string; name: string }> extends CollectionProps {
  /** The search results; undefined before a search or while it runs. */
  items: readonly T[] | undefined;
  /** The list's accessible name, e.g. "Organisations found". */
  label: string;
  /** What follows the name: type, place, e-mail… */
  describe: (item: T) => ReactNode;
  /** Already added: shown with `chosenText` instead of a button. */
  isChosen: (item: T) => boolean;
  chosenText: string;
  /** The button's visible text; the item's name is added for screen readers. */
  addLabel: string;
  /** The item being added right now (its button shows as busy). */
  addingId: string | null;
  onAdd: (item: T) => void;
}

/**
 * Search results to add from (organisations to a network, people as
 * coordinators), one button each, with the search's states around them
 * (result count, searching, failed, nothing found).
 */
export function PickList<T extends { id: string; name: string }>({
  items,
  label,
  describe,
  isChosen,
  chosenText,
  addLabel,
  addingId,
  onAdd,
  ...states
}: PickListProps<T>) {
  return (
    <DataList
      {...states}
      items={items}
      itemKey={(item) => item.id}
      label={label}
      ordered={false}
      className="kp-picklist"
      itemClassName="kp-picklist__item"
      renderItem={(item) => (
        <>
          <div>
            <span className="kp-strong">{item.name}</span>
            <span className="kp-muted">{describe(item)}</span>
          </div>
          {isChosen(item) ? (
            <span className="kp-muted">{chosenText}</span>
          ) : (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              loading={addingId === item.id}
              onClick={() => onAdd(item)}
            >
              {addLabel}
              <VisuallyHidden> {item.name}</VisuallyHidden>
            </Button>
          )}
        </>
      )}
    />
  );
}
