import { useSyncExternalStore } from 'react';

/**
 * Whether the page shows a stored copy (docs/adr/0024): the browser is offline, or the service
 * worker (src/sw.ts) answered a conference read or page from its cache and said so.
 */
let fromCache = false;
const listeners = new Set<() => void>();
let listening = false;

function notify() {
  for (const listener of listeners) listener();
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => {
    fromCache = false;
    notify();
  });
  window.addEventListener('offline', notify);
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'kp-stored-copy') {
      fromCache = true;
      notify();
    }
  });
}

function subscribe(listener: () => void) {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStoredCopy(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => fromCache || !navigator.onLine,
    () => false,
  );
}
