import type { Locale } from '../i18n/locale.ts';
import { utcToOslo } from '../time/oslo-input.ts';
import { type ProgrammeSnapshot, type SnapshotSession, sessionEndsAt } from './snapshot.ts';

/**
 * Browsing a published programme (docs/adr/0023): the public pages' filters, search, time
 * slots and «now and next», pure functions of a snapshot so the server and the browser show
 * the same and the tests need no page.
 */

/** What an attendee can ask of a session's access: the session's own, or its room's. */
export const ACCESS_FEATURES = ['signLanguage', 'captioned', 'streamed', 'hearingLoop', 'stepFree'] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

export const isAccessFeature = (value: string): value is AccessFeature =>
  (ACCESS_FEATURES as readonly string[]).includes(value);

export interface ProgrammeFilter {
  /** An Oslo calendar day, 'YYYY-MM-DD'. */
  day?: string;
  trackId?: string;
  roomGuid?: string;
  typeId?: string;
  language?: Locale;
  access?: AccessFeature;
  /** Words; every one must be found in the title, abstract, tags or a speaker's name. */
  q?: string;
}

/** The Oslo calendar day a session starts on. */
export function sessionDay(session: Pick<SnapshotSession, 'startsAt'>): string {
  return utcToOslo(new Date(session.startsAt)).date;
}

/** The days the programme has sessions on, in order. */
export function programmeDays(snapshot: ProgrammeSnapshot): string[] {
  return [...new Set(snapshot.sessions.map(sessionDay))].sort();
}

/**
 * Text as search compares it: lower case, accents dropped (é → e, ü → u) but the Norwegian
 * letters kept apart (å is not a, ø is not o: «Ås» and «as» are different words).
 */
export function searchText(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/a\u030a/g, 'å')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

function searchWords(q: string): string[] {
  return searchText(q).split(/\s+/).filter(Boolean);
}

/** A session's access feature: sign language, captions and streaming are the session's; the rest its room's. */
export function hasAccessFeature(
  snapshot: ProgrammeSnapshot,
  session: SnapshotSession,
  feature: AccessFeature,
): boolean {
  if (feature === 'signLanguage' || feature === 'captioned' || feature === 'streamed') return session[feature];
  const room = snapshot.rooms.find((r) => r.guid === session.roomGuid);
  return room?.[feature] ?? false;
}

/** The sessions that pass every filter given, in the snapshot's order (start, then room). */
export function filterSessions(snapshot: ProgrammeSnapshot, filter: ProgrammeFilter): SnapshotSession[] {
  const words = filter.q ? searchWords(filter.q) : [];
  const speakerNames = new Map(snapshot.speakers.map((sp) => [sp.number, sp.name]));
  return snapshot.sessions.filter((s) => {
    if (filter.day && sessionDay(s) !== filter.day) return false;
    if (filter.trackId && s.trackId !== filter.trackId) return false;
    if (filter.roomGuid && s.roomGuid !== filter.roomGuid) return false;
    if (filter.typeId && s.typeId !== filter.typeId) return false;
    if (filter.language && s.language !== filter.language) return false;
    if (filter.access && !hasAccessFeature(snapshot, s, filter.access)) return false;
    if (words.length === 0) return true;
    const haystack = searchText(
      [s.title, s.abstract, ...s.tags, ...s.speakers.map((n) => speakerNames.get(n) ?? '')].join('\n'),
    );
    return words.every((w) => haystack.includes(w));
  });
}

export interface TimeSlot {
  /** ISO 8601 in UTC: when the slot's sessions start. */
  startsAt: string;
  sessions: SnapshotSession[];
}

/** Sessions grouped by the instant they start, in order of start. */
export function groupByStart(sessions: readonly SnapshotSession[]): TimeSlot[] {
  const slots = new Map<number, TimeSlot>();
  for (const s of sessions) {
    const at = Date.parse(s.startsAt);
    const slot = slots.get(at) ?? { startsAt: new Date(at).toISOString(), sessions: [] };
    slot.sessions.push(s);
    slots.set(at, slot);
  }
  return [...slots.entries()].sort(([a], [b]) => a - b).map(([, slot]) => slot);
}

export interface NowAndNext {
  /** Sessions running at `now` (started, not yet ended). */
  now: SnapshotSession[];
  /** The sessions of the next start after `now`; empty after the last. */
  next: SnapshotSession[];
}

/** What is on now and what comes next, for the «Nå» page during the conference. */
export function nowAndNext(snapshot: ProgrammeSnapshot, now: Date): NowAndNext {
  const at = now.getTime();
  const running = snapshot.sessions.filter((s) => Date.parse(s.startsAt) <= at && at < sessionEndsAt(s).getTime());
  const later = snapshot.sessions.filter((s) => Date.parse(s.startsAt) > at);
  const nextStart = Math.min(...later.map((s) => Date.parse(s.startsAt)));
  return { now: running, next: later.filter((s) => Date.parse(s.startsAt) === nextStart) };
}
