/**
 * Asking for the password again (docs/adr/0015). A sensitive procedure on a session whose
 * password is older than 15 minutes answers 412 (kind 'reauthenticate'). The admin client's
 * fetch (trpc.ts) then asks the handler the dialog registers (components/ReauthDialog.tsx):
 * it shows the dialog, the person confirms their password (`account.confirmPassword`), and the
 * same request is sent once more. Cancelled, the first answer stands and its translated
 * message is shown where the action was started. Pages need do nothing.
 */
export const REAUTH_STATUS = 412;

type Handler = () => Promise<boolean>;
let handler: Handler | null = null;
let asking: Promise<boolean> | null = null;

/** The dialog registers itself here while the app is mounted. */
export function setReauthHandler(next: Handler | null): void {
  handler = next;
  // A question asked by a dialog that is gone can no longer be answered.
  asking = null;
}

/** Ask once, however many requests are waiting for the answer. */
function askForPassword(): Promise<boolean> {
  if (!handler) return Promise.resolve(false);
  asking ??= handler().finally(() => {
    asking = null;
  });
  return asking;
}

/** A fetch that answers a 412 by asking for the password and, once confirmed, sending the request again. */
export function reauthFetch(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const first = await base(input, init);
    if (first.status !== REAUTH_STATUS) return first;
    if (!(await askForPassword())) return first;
    return base(input, init);
  };
}
