import { type ProgrammeSnapshot, type SnapshotSession, sessionEndsAt } from './snapshot.ts';

/**
 * Stars, «Mitt program» (docs/adr/0024): anyone may star sessions; the browser keeps them,
 * and when the person signs in they are merged into the account and then synced across
 * devices. A star or an unstar can be made offline and reach the server hours later, after
 * another device changed the same session; so each is an entry with the time it was made,
 * and an unstar is kept as an entry too (a tombstone), not dropped: otherwise a device that
 * still holds the old star would bring it back. Per session the later entry wins; in the
 * same millisecond the star wins, so a star is never lost to a tie.
 */
export interface StarEntry {
  /** The session's GUID (stable across releases). */
  guid: string;
  starred: boolean;
  /** When it was (un)starred, ms since the epoch. */
  at: number;
}

/** A person's entries for one edition: bounded, as a phone's queue and the request are. */
export const STARS_MAX = 500;
/** How far ahead of the server's clock a device's clock may run before its entries count as made now. */
export const STAR_CLOCK_SKEW_MS = 2 * 60_000;

/** Whether `a` wins over `b` for the same session. */
function wins(a: StarEntry, b: StarEntry): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return a.starred && !b.starred;
}

/**
 * The union of two sets of entries by GUID: for a session in both, the later entry; a
 * session in only one keeps its entry. Neither side's star is lost unless the other side
 * unstarred it later. Ordered by GUID, so the same inputs give the same answer.
 */
export function mergeStars(browser: readonly StarEntry[], account: readonly StarEntry[]): StarEntry[] {
  const merged = new Map<string, StarEntry>();
  for (const entry of [...account, ...browser]) {
    const before = merged.get(entry.guid);
    if (!before || wins(entry, before))
      merged.set(entry.guid, { guid: entry.guid, starred: entry.starred, at: entry.at });
  }
  return [...merged.values()].sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
}

/** The starred GUIDs of a set of entries. */
export function starredGuids(entries: readonly StarEntry[]): string[] {
  return entries.filter((e) => e.starred).map((e) => e.guid);
}

/** The time an entry counts as made: the device's, unless its clock runs ahead of the server's by more than the skew. */
export function effectiveStarAt(at: number, now: number): number {
  return at > now + STAR_CLOCK_SKEW_MS ? now : at;
}

/** Two starred sessions that overlap in time (a clash), earlier first. */
export interface StarClash {
  first: SnapshotSession;
  second: SnapshotSession;
}

/**
 * The pairs of starred sessions that overlap in time. One ending when the other starts is
 * not a clash. GUIDs not in the snapshot (a session cancelled since) are ignored.
 */
export function starClashes(snapshot: Pick<ProgrammeSnapshot, 'sessions'>, guids: Iterable<string>): StarClash[] {
  const wanted = new Set(guids);
  const starred = snapshot.sessions
    .filter((s) => wanted.has(s.guid))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.number - b.number);
  const clashes: StarClash[] = [];
  for (let i = 0; i < starred.length; i++) {
    const first = starred[i]!;
    const firstEnds = sessionEndsAt(first).getTime();
    for (let j = i + 1; j < starred.length; j++) {
      const second = starred[j]!;
      // Sorted by start: once one starts at or after the end, so do all the rest.
      if (Date.parse(second.startsAt) >= firstEnds) break;
      clashes.push({ first, second });
    }
  }
  return clashes;
}
