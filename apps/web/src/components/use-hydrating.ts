import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;

/**
 * True while this part of the page is rendered on the server or hydrated from the server's
 * HTML, false when the browser renders on its own (React uses the server snapshot for both,
 * then renders again with the browser's). Parts of a page hydrate after its frame (a Suspense
 * boundary hydrates later, at lower priority), and what the frame asked for meanwhile (who is
 * signed in) may have arrived by then: such data must not show until the part has hydrated,
 * or it would not match the server's HTML.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => false,
    () => true,
  );
}
