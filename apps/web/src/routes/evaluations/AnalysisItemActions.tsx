import type { ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { ConfirmDialog, useI18n } from '@knutepunkt/ui';
import { errorMessage } from '../../components/errors.ts';

/**
 * The buttons under a theme or a finding: edit, move up, move down, delete. Each button names the
 * item (`name`: the theme's title, «Funn 2»), so a screen reader's list of buttons says which is which.
 */
export function ItemActions({
  name,
  editLabel,
  deleteLabel,
  first,
  last,
  moving,
  onEdit,
  onMove,
  onDelete,
}: {
  name: string;
  editLabel: string;
  deleteLabel: string;
  first: boolean;
  last: boolean;
  moving: boolean;
  onEdit: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}) {
  const { t } = useI18n();
  const move = (direction: 'up' | 'down', disabled: boolean, label: string) => (
    <Button
      type="button"
      variant="tertiary"
      data-size="sm"
      disabled={disabled || moving}
      onClick={() => onMove(direction)}
    >
      {label}
    </Button>
  );
  return (
    <div className="kp-actions">
      <Button type="button" variant="secondary" data-size="sm" onClick={onEdit}>
        {editLabel}
      </Button>
      {move('up', first, t('evaluations.web.analysis.moveUp', { title: name }))}
      {move('down', last, t('evaluations.web.analysis.moveDown', { title: name }))}
      <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={onDelete}>
        {deleteLabel}
      </Button>
    </div>
  );
}

/** The «delete this?» dialog of a theme or a finding; the delete button says what goes. */
export function DeleteItemDialog({
  label,
  mutation,
  onConfirm,
  onCancel,
  children,
}: {
  label: string;
  mutation: { isPending: boolean; error: unknown };
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      title={label}
      confirmLabel={label}
      danger
      pending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error, t) : null}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {children}
    </ConfirmDialog>
  );
}
