import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTRPCClient } from '../../trpc.ts';
import { useAccountQuery } from '../../components/use-account.ts';
import {
  type StoredStars,
  applyAccountStars,
  readStars,
  setStarred,
  starredSet,
  subscribeStars,
} from './star-store.ts';

const EMPTY: StoredStars = { entries: [], dirty: false };
/** Quick taps go to the server together. */
const SYNC_DELAY_MS = 600;

export interface Stars {
  starred: ReadonlySet<string>;
  toggle: (guid: string) => boolean;
  signedIn: boolean;
  /** Changes the account has not seen yet (offline, or the last try failed). */
  pending: boolean;
}

/**
 * The person's stars for one edition (docs/adr/0024): read from and written to the browser at
 * once (star-store.ts), and, when signed in, synced with the account through
 * `conference.stars.syncStars`: when the page loads (this carries stars made before signing
 * in into the account), shortly after each change, and when the browser comes back online.
 * The answer is the merged set, so stars made on other devices appear here too.
 */
export function useStars(slug: string): Stars {
  const client = useTRPCClient();
  const account = useAccountQuery();
  const signedIn = !!account.data;
  const stored = useSyncExternalStore(
    useCallback((listener) => subscribeStars(slug, listener), [slug]),
    () => readStars(slug),
    // The server renders the page as anyone sees it: no stars.
    () => EMPTY,
  );
  const [, setTick] = useState(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const sync = useCallback(async () => {
    if (!signedIn || inFlight.current || !navigator.onLine) return;
    inFlight.current = true;
    const sent = readStars(slug).entries;
    try {
      const answer = await client.conference.stars.syncStars.mutate({ slug, entries: sent });
      applyAccountStars(slug, sent, answer.entries);
    } catch {
      // Offline or refused: the entries stay dirty and go with the next change or `online`.
    } finally {
      inFlight.current = false;
      setTick((n) => n + 1);
    }
  }, [client, signedIn, slug]);

  // On load and on signing in: whatever the browser holds is merged into the account.
  useEffect(() => {
    void sync();
  }, [sync]);

  useEffect(() => {
    const back = () => void sync();
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [sync]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const toggle = useCallback(
    (guid: string) => {
      const now = !starredSet(readStars(slug)).has(guid);
      setStarred(slug, guid, now);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void sync(), SYNC_DELAY_MS);
      return now;
    },
    [slug, sync],
  );

  return { starred: starredSet(stored), toggle, signedIn, pending: signedIn && stored.dirty };
}
