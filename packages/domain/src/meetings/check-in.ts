import { z } from 'zod';
import { idField } from '../schemas/fields.ts';
import type { MeetingStatus } from './workflow.ts';

/**
 * The day of the meeting (docs/adr/0021): coordinators check people in on a
 * phone, often on a poor connection. A phone keeps the marks it could not send
 * and sends them later, perhaps after another phone has marked the same
 * person; so each mark carries the time it was made, and the later mark wins,
 * whatever order the marks reach the server in.
 */

/** Check-in opens this long before the start: people come early, and the coordinator tries the list first. */
export const CHECK_IN_OPENS_BEFORE_MS = 3 * 3_600_000;
/** ... and stays open this long after the end, so the list can be corrected afterwards. */
export const CHECK_IN_CLOSES_AFTER_MS = 7 * 24 * 3_600_000;
/** How far ahead of the server's clock a phone's clock may be before its marks count as made now. */
export const CHECK_IN_CLOCK_SKEW_MS = 2 * 60_000;
/** A batch is what one phone has queued: bounded, so junk never becomes a long transaction. */
export const CHECK_IN_BATCH_MAX = 500;

export type CheckInWindow = 'notYet' | 'open' | 'closed';

/**
 * Whether attendance may be marked at `now`: from three hours before the start
 * until seven days after the end, for a meeting that is published or held. A
 * draft or a cancelled meeting has nobody to check in.
 */
export function checkInWindow(
  meeting: { status: MeetingStatus; startsAt: Date; endsAt: Date },
  now: Date,
): CheckInWindow {
  if (meeting.status !== 'published' && meeting.status !== 'held') return 'closed';
  if (now.getTime() < meeting.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS) return 'notYet';
  if (now.getTime() > meeting.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS) return 'closed';
  return 'open';
}

/** The attendance a registration holds: present or not, and when the mark that said so was made (null: never marked). */
export interface AttendanceState {
  attended: boolean;
  markedAt: Date | null;
}

export interface AttendanceMark {
  attended: boolean;
  markedAt: Date;
}

/**
 * What a mark does to the attendance there is: `apply` it (it is later than
 * the last mark), or nothing, because it is the same mark again (`same`: sent
 * twice after a reconnect) or an older one (`stale`: another phone marked the
 * person later). Two different marks made in the same millisecond: "present"
 * wins, so the outcome never depends on which arrived first.
 */
export function decideMark(current: AttendanceState, mark: AttendanceMark): 'apply' | 'same' | 'stale' {
  if (current.markedAt === null) return 'apply';
  const diff = mark.markedAt.getTime() - current.markedAt.getTime();
  if (diff > 0) return 'apply';
  if (diff < 0) return 'stale';
  if (mark.attended === current.attended) return 'same';
  return mark.attended ? 'apply' : 'stale';
}

/**
 * The time a mark counts as made: the phone's, unless its clock is ahead of the
 * server's by more than the skew allowed; then now. A phone whose clock runs
 * far ahead would otherwise win every later disagreement.
 */
export function effectiveMarkedAt(markedAt: Date, now: Date): Date {
  return markedAt.getTime() > now.getTime() + CHECK_IN_CLOCK_SKEW_MS ? now : markedAt;
}

export const attendanceMarkInput = z.object({
  registrationId: idField,
  attended: z.boolean({ error: 'validation.invalid' }),
  /** When it was marked on the phone (ISO 8601 with an offset or Z). */
  markedAt: z.iso.datetime({ offset: true, error: 'validation.invalid' }),
});
export type AttendanceMarkInput = z.infer<typeof attendanceMarkInput>;

/** One phone's queued marks for one meeting. */
export const checkInMarksInput = z.object({
  meetingId: idField,
  marks: z
    .array(attendanceMarkInput, { error: 'validation.invalid' })
    .min(1, { error: 'validation.required' })
    .max(CHECK_IN_BATCH_MAX, { error: 'validation.tooLong' }),
});
export type CheckInMarksInput = z.infer<typeof checkInMarksInput>;

/** The badges: with or without the small markers for needs (read only when asked for, and audited). */
export const badgesInput = z.object({
  meetingId: idField,
  withNeeds: z.boolean({ error: 'validation.invalid' }).default(false),
});

/**
 * A name as the check-in search compares it: lower case, accents off (é → e,
 * å → a), ø → o and æ → ae, so a name is found however it is typed on a
 * phone's keyboard.
 */
export function foldName(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `query` finds `name`: every word of the query is somewhere in the name ("kari ol" finds Kari Olsen). */
export function nameMatches(name: string, query: string): boolean {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldName(name);
  return words.every((w) => folded.includes(w));
}
