import { Alert, Paragraph } from '@digdir/designsystemet-react';

/**
 * A form's outcome: success as a polite status, a failure without a field as an alert.
 * The status region stays in the page so the message is announced when it appears.
 */
export function FormStatus({ success, failure }: { success?: string | null; failure?: string | null }) {
  return (
    <>
      <div role="status">
        {success ? (
          <Alert data-color="success">
            <Paragraph>{success}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {failure ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}
