import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';

/**
 * An item's "Flytt X opp" and "Flytt X ned" (up not on the first, down not on the last), with
 * ids `<idPrefix>-<id>-up|down` for planMove's focus. Ignored while the last move is saving, so
 * a second click cannot send an order built from the list before it.
 */
export function MoveButtons({
  idPrefix,
  id,
  name,
  index,
  count,
  pending,
  onMove,
}: {
  idPrefix: string;
  id: string;
  name: string;
  index: number;
  count: number;
  pending: boolean;
  onMove: (by: -1 | 1) => void;
}) {
  const { t } = useI18n();
  const button = (by: -1 | 1) => (
    <Button
      type="button"
      variant="tertiary"
      data-size="sm"
      id={`${idPrefix}-${id}-${by === -1 ? 'up' : 'down'}`}
      aria-disabled={pending || undefined}
      onClick={() => !pending && onMove(by)}
    >
      {t(by === -1 ? 'conference.admin.moveUp' : 'conference.admin.moveDown', { name })}
    </Button>
  );
  return (
    <>
      {index > 0 ? button(-1) : null}
      {index < count - 1 ? button(1) : null}
    </>
  );
}
