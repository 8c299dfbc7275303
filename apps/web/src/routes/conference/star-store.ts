import { STARS_MAX, type StarEntry, mergeStars, starredGuids } from '@knutepunkt/domain';

/**
 * Stars kept in the browser, per edition (docs/adr/0024): everyone's stars live here first,
 * signed in or not, so starring works offline and without an account. Each star or unstar is
 * an entry with its time; `dirty` says the account has not seen the latest ones yet (made
 * offline, or before signing in), and use-stars.ts sends them when it can. One store per
 * slug is shared by every StarToggle on the page, and other tabs follow through `storage`.
 */
export interface StoredStars {
  entries: StarEntry[];
  dirty: boolean;
}

const EMPTY: StoredStars = { entries: [], dirty: false };
const keyOf = (slug: string) => `kp.conference.stars.${slug}`;
const listeners = new Map<string, Set<() => void>>();
const cache = new Map<string, StoredStars>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked (private mode in some browsers): stars last as long as the page.
    return null;
  }
}

function isEntry(value: unknown): value is StarEntry {
  const e = value as StarEntry;
  return !!e && typeof e.guid === 'string' && typeof e.starred === 'boolean' && Number.isFinite(e.at);
}

export function readStars(slug: string): StoredStars {
  const cached = cache.get(slug);
  if (cached) return cached;
  let stored = EMPTY;
  try {
    const parsed = JSON.parse(storage()?.getItem(keyOf(slug)) ?? 'null') as Partial<StoredStars> | null;
    if (parsed && Array.isArray(parsed.entries)) {
      stored = { entries: parsed.entries.filter(isEntry).slice(0, STARS_MAX), dirty: parsed.dirty === true };
    }
  } catch {
    // A broken value is treated as no stars rather than breaking the page.
  }
  cache.set(slug, stored);
  return stored;
}

export function writeStars(slug: string, next: StoredStars): void {
  cache.set(slug, next);
  try {
    storage()?.setItem(keyOf(slug), JSON.stringify(next));
  } catch {
    // Full or blocked storage: the page still shows the change.
  }
  for (const listener of listeners.get(slug) ?? []) listener();
}

export function subscribeStars(slug: string, listener: () => void): () => void {
  const set = listeners.get(slug) ?? new Set();
  set.add(listener);
  listeners.set(slug, set);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== keyOf(slug)) return;
    cache.delete(slug);
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    set.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Star or unstar now: a new entry that wins over the old one, waiting to reach the account. */
export function setStarred(slug: string, guid: string, starred: boolean, now = Date.now()): void {
  const current = readStars(slug);
  const before = current.entries.find((e) => e.guid === guid);
  // Never earlier than the entry it replaces, even if the device clock went back.
  const at = Math.max(now, (before?.at ?? 0) + 1);
  writeStars(slug, { entries: mergeStars([{ guid, starred, at }], current.entries), dirty: true });
}

/**
 * What the account answered, merged with what was starred here while the answer was on its
 * way; still dirty if something here is newer than what was sent.
 */
export function applyAccountStars(slug: string, sent: StarEntry[], account: StarEntry[]): void {
  const current = readStars(slug);
  const merged = mergeStars(current.entries, account);
  const sentKey = JSON.stringify(mergeStars(sent, []));
  const changedMeanwhile = JSON.stringify(mergeStars(current.entries, [])) !== sentKey;
  writeStars(slug, { entries: merged, dirty: current.dirty && changedMeanwhile });
}

export const starredSet = (stored: StoredStars) => new Set(starredGuids(stored.entries));
