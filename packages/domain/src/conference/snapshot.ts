import type { Locale } from '../i18n/locale.ts';

/**
 * A published release's programme, frozen (docs/adr/0023). The public pages, the exports
 * (frab XML/JSON, iCal), the widget and the offline copy are all made from this one shape,
 * never from the coordinators' working copy, so nothing unpublished can leak and a release
 * reads the same wherever it is shown. Stored as JSON in ConferenceRelease.snapshot: add
 * fields only as optional, or raise `format` and read both.
 */
export const SESSION_KINDS = ['plenary', 'parallel', 'workshop', 'poster', 'break'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface SnapshotEdition {
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  language: Locale;
  languages: Locale[];
  /** Oslo calendar days, 'YYYY-MM-DD'. */
  startsOn: string;
  endsOn: string;
  venueName: string;
  venueAddress: string;
}

export interface SnapshotRoom {
  guid: string;
  name: string;
  capacity: number | null;
  floor: string;
  hearingLoop: boolean;
  stepFree: boolean;
  interpreted: boolean;
  accessibilityNote: string;
}

export interface SnapshotTrack {
  id: string;
  name: string;
  /** '#rrggbb'. */
  colour: string;
  description: string;
}

export interface SnapshotSessionType {
  id: string;
  name: string;
  kind: SessionKind;
}

export interface SnapshotSpeaker {
  guid: string;
  number: number;
  name: string;
  bio: string;
  bioLanguage: Locale;
  contribution: string;
  organisation: { name: string; slug: string } | null;
  /** The photo's address key (conferencePaths.web.image) and alternative text. */
  photo: { key: string; alt: string } | null;
}

export interface SnapshotPartner {
  role: 'organiser' | 'partner';
  name: string;
  slug: string;
  website: string | null;
  logo: { key: string; alt: string } | null;
}

/** A scheduled session: only sessions with a room and a start are in a release. */
export interface SnapshotSession {
  guid: string;
  number: number;
  title: string;
  abstract: string;
  language: Locale;
  typeId: string | null;
  trackId: string | null;
  tags: string[];
  signLanguage: boolean;
  captioned: boolean;
  streamed: boolean;
  recorded: boolean;
  materials: string;
  roomGuid: string;
  /** ISO 8601 in UTC. */
  startsAt: string;
  durationMinutes: number;
  /** Speakers' numbers, in the order given. */
  speakers: number[];
  /** Places for sign-up; null: no sign-up. */
  capacity: number | null;
}

export interface ProgrammeSnapshot {
  format: 1;
  edition: SnapshotEdition;
  partners: SnapshotPartner[];
  rooms: SnapshotRoom[];
  tracks: SnapshotTrack[];
  types: SnapshotSessionType[];
  speakers: SnapshotSpeaker[];
  /** Ordered by start, then room order. */
  sessions: SnapshotSession[];
}

/** A release as the public sees it: the snapshot with its name and when it came. */
export interface PublishedRelease {
  id: string;
  sequence: number;
  name: string;
  note: string;
  /** ISO 8601 in UTC. */
  publishedAt: string;
}

/** When a session ends, from its snapshot entry. */
export function sessionEndsAt(session: Pick<SnapshotSession, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(Date.parse(session.startsAt) + session.durationMinutes * 60_000);
}
