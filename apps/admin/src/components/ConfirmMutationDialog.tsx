import { ConfirmDialog, useI18n, type ConfirmDialogProps } from '@knutepunkt/ui';
import { describeError } from '../errors.ts';

export interface ConfirmMutationDialogProps extends Omit<ConfirmDialogProps, 'danger' | 'pending' | 'error'> {
  /** The mutation the confirm button runs: its progress and its failure show in the dialog. */
  mutation: { isPending: boolean; error: unknown };
}

/**
 * A red-buttoned confirmation for a mutation that takes something away. A
 * failure stays in the dialog so the person can try again or cancel.
 */
export function ConfirmMutationDialog({ mutation, ...dialog }: ConfirmMutationDialogProps) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      {...dialog}
      danger
      pending={mutation.isPending}
      error={mutation.error ? describeError(mutation.error, t).message : null}
    />
  );
}
