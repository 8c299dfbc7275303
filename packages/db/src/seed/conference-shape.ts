import type { Locale } from '../generated/prisma/enums.ts';

/**
 * The shape of the demo's conference data (conference-data-*.ts); writing it is conference.ts.
 * Rooms, tracks, types and speakers are referred to by key; sessions by their number.
 */

export interface RoomData {
  key: string;
  name: string;
  capacity: number;
  floor: string;
  hearingLoop?: boolean;
  stepFree?: boolean;
  interpreted?: boolean;
  accessibilityNote?: string;
}

export interface TrackData {
  key: string;
  name: string;
  colour: string;
  description: string;
}

export interface TypeData {
  key: string;
  name: string;
  kind: 'plenary' | 'parallel' | 'workshop' | 'poster' | 'break';
}

export interface SpeakerData {
  key: string;
  name: string;
  organisation?: string;
  contribution?: string;
  bio: string;
  bioLanguage?: Locale;
}

export interface SessionData {
  number: number;
  title: string;
  abstract: string;
  language?: Locale;
  type: string;
  track?: string;
  tags?: string[];
  /** Day 1 or 2 (or 0: not placed yet), Oslo time 'HH:MM', minutes. */
  day: 0 | 1 | 2;
  start: string;
  minutes: number;
  room?: string;
  speakers?: string[];
  signLanguage?: boolean;
  captioned?: boolean;
  streamed?: boolean;
  recorded?: boolean;
  capacity?: number;
}

export interface EditionData {
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  language: Locale;
  languages: Locale[];
  /** Oslo days. */
  days: readonly [string, string];
  venueName: string;
  venueAddress: string;
  owners: readonly string[];
  organisers: readonly string[];
  partners: readonly string[];
  rooms: readonly RoomData[];
  tracks: readonly TrackData[];
  types: readonly TypeData[];
  speakers: readonly SpeakerData[];
  sessions: readonly SessionData[];
}
