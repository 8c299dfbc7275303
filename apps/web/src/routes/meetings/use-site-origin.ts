import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * The site's address (`https://knutepunkt.no`) in the browser; null on the server and while the
 * server's HTML hydrates, so the page matches it. A calendar subscription (webcal://) needs an
 * absolute address; until it is known the link is the plain .ics path, which works too.
 */
export function useSiteOrigin(): string | null {
  return useSyncExternalStore(
    neverChanges,
    () => window.location.origin,
    () => null,
  );
}
