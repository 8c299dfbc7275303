import { osloLocalToUtc, utcToOslo } from '@knutepunkt/domain';
import type { ActionPointStatus, AgendaItemKind, GoalStatus, Locale } from '../generated/prisma/enums.ts';

/**
 * The shape of the demo's meeting data (meetings-data-*.ts) and the time helpers the seed
 * shares. Texts are in the data files; writing them is in meetings-held.ts and meetings.ts.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const NETWORK = 'recovery-nettverk-midt-norge';

export interface AgendaData {
  /** Hours after the start. */
  at: number;
  title: string;
  kind: AgendaItemKind;
  leader?: string;
  description?: string;
}

/** The Sandnes questions: three free-text prompts, then a status table of the network's goals. */
export interface PromptsData {
  questions: readonly [string, string, string];
  table: string;
  goals: readonly string[];
}

export interface ContributionData {
  organisation: string;
  /** Participant key (meetings-people.ts) or role account ('kari', 'rune', 'nils'): who wrote it last. */
  by: string;
  status: 'draft' | 'sent';
  /** Answers to the three questions ('' when left empty). */
  texts: readonly [string, string, string];
  /** Prompt positions (0–3, 3 being the status table) the coordinator wants presented. */
  present?: readonly number[];
  /** One per goal, in order: status and comment. */
  goals: ReadonlyArray<readonly [GoalStatus | null, string]>;
}

export interface ActionPointData {
  what: string;
  organisations: readonly string[];
  /** Days after the meeting; null: no due date. */
  dueInDays: number | null;
  /** The status changes after the first (the point starts open, written by the coordinator). */
  history: ReadonlyArray<{ status: ActionPointStatus; comment: string; by: string; daysAfter: number }>;
}

export interface EvaluationData {
  ratingQuestion: string;
  textQuestions: readonly string[];
  /** Rating and one text per question ('' when left empty). */
  answers: ReadonlyArray<readonly [number, ...string[]]>;
}

/** A held meeting of the network, with everything that follows it. */
export interface HeldMeetingData {
  slug: string;
  title: string;
  description: string;
  language: Locale;
  /** Negative: days before the seed's `now` (moved to a Tuesday–Thursday). */
  daysFromNow: number;
  /** Oslo wall-clock start, and length in hours. */
  startTime: string;
  hours: number;
  mode: 'in_person' | 'hybrid';
  venueName: string;
  venueAddress: string;
  videoUrl?: string;
  capacity: number;
  perOrganisationLimit: number;
  agenda: readonly AgendaData[];
  prompts: PromptsData;
  contributions: readonly ContributionData[];
  /** Person keys: came (checked in), had a seat but did not come, cancelled before. */
  registrations: { attended: readonly string[]; noShow: readonly string[]; cancelled: readonly string[] };
  minutes: { body: string; visibility: 'network' | 'public' };
  actionPoints: readonly ActionPointData[];
  evaluation: EvaluationData;
}

/** The Oslo calendar date of an instant, 'YYYY-MM-DD'. */
export const osloDate = (instant: Date) => utcToOslo(instant).date;

/** A calendar date as Prisma's @db.Date wants it: midnight UTC of that date. */
export const dateOnly = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * `days` after `now`, moved forward to the next Tuesday, Wednesday or Thursday (network
 * meetings are held on weekdays), at `time` in Oslo. Counted from the seed's `now`, so the demo
 * has past and upcoming meetings whenever it is seeded.
 */
export function meetingDay(now: Date, days: number, time: string): Date {
  let date = osloDate(new Date(now.getTime() + days * DAY));
  while (![2, 3, 4].includes(dateOnly(date).getUTCDay())) date = nextDate(date);
  return osloLocalToUtc(date, time);
}

/** `days` after `instant`, at `time` in Oslo (for deadlines, minutes, updates). */
export function osloAt(instant: Date, days: number, time: string): Date {
  return osloLocalToUtc(osloDate(new Date(instant.getTime() + days * DAY)), time);
}

function nextDate(date: string): string {
  return new Date(dateOnly(date).getTime() + DAY).toISOString().slice(0, 10);
}

/** `days` after `instant`, as an Oslo calendar date for a @db.Date column. */
export const dueDate = (instant: Date, days: number) => dateOnly(osloDate(new Date(instant.getTime() + days * DAY)));
