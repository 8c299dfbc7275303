import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * A success message ("Endringene er lagret."). The live region is always in
 * the page, empty until there is something to say: screen readers only
 * announce changes inside a region that already existed.
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className="kp-status">
      {message ? (
        <Alert data-color="success" data-size="sm">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
