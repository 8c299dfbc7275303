import type { Locale } from '../i18n/locale.ts';
import { type ProgrammeSnapshot, type SnapshotSession, sessionEndsAt } from './snapshot.ts';

/**
 * What a release changed since the one before (docs/adr/0023), computed when it is published
 * and stored with it (ConferenceRelease.changes): the public change log and the notices to
 * those who starred a session are read from it, never recomputed. Sessions are matched by
 * their guid, which survives every release. Stored as JSON: add fields only as optional.
 */

/** The session a change is about: its guid, public number and title (the new one; the old for a cancelled one). */
export interface ChangedSessionRef {
  guid: string;
  number: number;
  title: string;
}

/** Where and when a session is: ISO instants in UTC and the room by guid and name. */
export interface SessionSlot {
  startsAt: string;
  endsAt: string;
  roomGuid: string;
  roomName: string;
}

export interface AddedSession extends ChangedSessionRef {
  at: SessionSlot;
}

export interface CancelledSession extends ChangedSessionRef {
  /** Where and when it would have been. */
  was: SessionSlot;
}

/** A new day, time, length or room. */
export interface MovedSession extends ChangedSessionRef {
  from: SessionSlot;
  to: SessionSlot;
}

export type FieldChange =
  | { field: 'title'; before: string; after: string }
  | { field: 'speakers'; before: string[]; after: string[] }
  | { field: 'language'; before: Locale; after: Locale };

export type ChangedField = FieldChange['field'];

/** A new title, other speakers (by name, in order) or another language. */
export interface ChangedSession extends ChangedSessionRef {
  fields: FieldChange[];
}

export interface ReleaseChanges {
  added: AddedSession[];
  cancelled: CancelledSession[];
  moved: MovedSession[];
  changed: ChangedSession[];
}

export const RELEASE_CHANGE_KINDS = ['added', 'cancelled', 'moved', 'changed'] as const;
export type ReleaseChangeKind = (typeof RELEASE_CHANGE_KINDS)[number];

export const NO_CHANGES: ReleaseChanges = Object.freeze({
  added: [],
  cancelled: [],
  moved: [],
  changed: [],
}) as unknown as ReleaseChanges;

function slotOf(snapshot: ProgrammeSnapshot, rooms: Map<string, string>, session: SnapshotSession): SessionSlot {
  return {
    startsAt: session.startsAt,
    endsAt: sessionEndsAt(session).toISOString(),
    roomGuid: session.roomGuid,
    // A room missing from its own snapshot would be a fault of buildSnapshot; keep the guid readable.
    roomName: rooms.get(session.roomGuid) ?? snapshot.edition.venueName,
  };
}

function speakerNames(snapshot: ProgrammeSnapshot, session: SnapshotSession): string[] {
  const names = new Map(snapshot.speakers.map((s) => [s.number, s.name]));
  return session.speakers.map((n) => names.get(n) ?? '');
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The changes from `previous` (null: nothing published before, so every session is new) to
 * `next`. A session both moved and changed is in both lists. Times are compared as instants,
 * so the same start written differently is no move. Entries follow `next`'s order (start,
 * then room); cancelled ones follow `previous`'s.
 */
export function releaseChanges(previous: ProgrammeSnapshot | null, next: ProgrammeSnapshot): ReleaseChanges {
  const nextRooms = new Map(next.rooms.map((r) => [r.guid, r.name]));
  const prevRooms = new Map((previous?.rooms ?? []).map((r) => [r.guid, r.name]));
  const changes: ReleaseChanges = { added: [], cancelled: [], moved: [], changed: [] };
  const before = new Map((previous?.sessions ?? []).map((s) => [s.guid, s]));
  const nextGuids = new Set(next.sessions.map((s) => s.guid));

  for (const session of next.sessions) {
    const ref = { guid: session.guid, number: session.number, title: session.title };
    const old = before.get(session.guid);
    if (!old || !previous) {
      changes.added.push({ ...ref, at: slotOf(next, nextRooms, session) });
      continue;
    }
    if (
      Date.parse(old.startsAt) !== Date.parse(session.startsAt) ||
      old.durationMinutes !== session.durationMinutes ||
      old.roomGuid !== session.roomGuid
    ) {
      changes.moved.push({
        ...ref,
        from: slotOf(previous, prevRooms, old),
        to: slotOf(next, nextRooms, session),
      });
    }
    const fields: FieldChange[] = [];
    if (old.title !== session.title) fields.push({ field: 'title', before: old.title, after: session.title });
    const [namesBefore, namesAfter] = [speakerNames(previous, old), speakerNames(next, session)];
    if (!sameList(namesBefore, namesAfter)) fields.push({ field: 'speakers', before: namesBefore, after: namesAfter });
    if (old.language !== session.language) {
      fields.push({ field: 'language', before: old.language, after: session.language });
    }
    if (fields.length > 0) changes.changed.push({ ...ref, fields });
  }

  if (previous) {
    for (const old of previous.sessions) {
      if (nextGuids.has(old.guid)) continue;
      changes.cancelled.push({
        guid: old.guid,
        number: old.number,
        title: old.title,
        was: slotOf(previous, prevRooms, old),
      });
    }
  }
  return changes;
}

/** True when a release changed nothing in the programme's sessions. */
export function isEmpty(changes: ReleaseChanges): boolean {
  return RELEASE_CHANGE_KINDS.every((kind) => changes[kind].length === 0);
}

/** How many sessions each kind of change touches. */
export function changeCounts(changes: ReleaseChanges): Record<ReleaseChangeKind, number> {
  return {
    added: changes.added.length,
    cancelled: changes.cancelled.length,
    moved: changes.moved.length,
    changed: changes.changed.length,
  };
}

/** Only the changes to the given sessions (by guid): what touches one person's starred sessions. */
export function changesForSessions(changes: ReleaseChanges, guids: Iterable<string>): ReleaseChanges {
  const wanted = new Set(guids);
  const keep = <T extends ChangedSessionRef>(list: T[]) => list.filter((entry) => wanted.has(entry.guid));
  return {
    added: keep(changes.added),
    cancelled: keep(changes.cancelled),
    moved: keep(changes.moved),
    changed: keep(changes.changed),
  };
}

/**
 * The changes someone who starred a session is told about: moved, changed or cancelled. A new
 * session is announced by the change log only (nobody can have starred it before).
 */
export function noticeableChanges(changes: ReleaseChanges): ReleaseChanges {
  return { ...changes, added: [] };
}

/** The guids of the sessions a notice would be about (moved, changed or cancelled). */
export function noticeableGuids(changes: ReleaseChanges): Set<string> {
  return new Set([...changes.cancelled, ...changes.moved, ...changes.changed].map((entry) => entry.guid));
}
