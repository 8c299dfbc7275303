import type { ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';

/**
 * The small red text button in a row or list item that takes something away
 * (remove, reject). It only opens a confirmation, hence "tertiary": the red
 * confirm button is in the dialog. `children` should name the row for screen
 * readers (visible label plus a VisuallyHidden name).
 */
export function DangerRowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={onClick}>
      {children}
    </Button>
  );
}
