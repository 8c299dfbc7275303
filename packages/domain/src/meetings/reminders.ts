/**
 * When the meetings' scheduled jobs act (docs/adr/0018, "Reminders and deleting
 * the sensitive answers"). Pure: the jobs pass `now` and the stored instants,
 * all compared in UTC; only the e-mails' text is in Oslo time.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The reminder to those registered goes this long before the start. */
export const REMINDER_LEAD_MS = 2 * DAY;
/**
 * A reminder sent at most this long before the meeting's current start still
 * counts for it. A meeting moved by hours after its reminder went gets no
 * second one (the `meeting.changed` e-mail already gives the new time and
 * place); one moved later by more than a day gets a fresh reminder two days
 * before its new start.
 */
export const REMINDER_STILL_COUNTS_MS = 3 * DAY;

/** The default, and the bounds, of "delete the sensitive answers N days after the meeting". */
export const SENSITIVE_RETENTION = { default: 30, min: 1, max: 365 } as const;

interface ForReminder {
  status: string;
  startsAt: Date;
  reminderSentAt: Date | null;
}

/** Whether the two-day reminder is due now: published, not started, within the lead, not yet sent for this start. */
export function reminderDue(meeting: ForReminder, now: Date): boolean {
  if (meeting.status !== 'published') return false;
  const start = meeting.startsAt.getTime();
  if (now.getTime() >= start || now.getTime() < start - REMINDER_LEAD_MS) return false;
  return meeting.reminderSentAt === null || meeting.reminderSentAt.getTime() < start - REMINDER_STILL_COUNTS_MS;
}

interface ForDeadlineNotice {
  status: string;
  startsAt: Date;
  registrationDeadline: Date | null;
  deadlineNoticeSentAt: Date | null;
}

/**
 * Whether the coordinators' "the deadline has passed" summary is due now: a
 * published meeting whose deadline has passed and which has not started. A
 * deadline moved later than the summary that went gets a new summary when it
 * passes in turn.
 */
export function deadlineNoticeDue(meeting: ForDeadlineNotice, now: Date): boolean {
  const deadline = meeting.registrationDeadline;
  if (meeting.status !== 'published' || !deadline) return false;
  if (now < deadline || now >= meeting.startsAt) return false;
  return meeting.deadlineNoticeSentAt === null || meeting.deadlineNoticeSentAt < deadline;
}

/** The day the sensitive answers are deleted: the end plus the meeting's number of days. */
export function sensitiveErasureDate(meeting: { endsAt: Date; sensitiveRetentionDays: number }): Date {
  return new Date(meeting.endsAt.getTime() + meeting.sensitiveRetentionDays * DAY);
}

/** What is kept of the sensitive answers once they are deleted: counts, among those who had a seat. */
export interface SensitiveCounts {
  /** Confirmed registrations when the answers were deleted. */
  confirmed: number;
  dietary: number;
  wheelchair: number;
  signLanguage: number;
  writtenInterpretation: number;
  hearingLoop: number;
  otherAccessNeeds: number;
  travelSupport: number;
}

export const SENSITIVE_COUNT_KEYS = [
  'dietary',
  'wheelchair',
  'signLanguage',
  'writtenInterpretation',
  'hearingLoop',
  'otherAccessNeeds',
  'travelSupport',
] as const;

interface AnswersRow {
  status: string;
  needs: {
    dietary: string | null;
    wheelchair: boolean;
    signLanguage: boolean;
    writtenInterpretation: boolean;
    hearingLoop: boolean;
    otherAccessNeeds: string | null;
    travelSupport: boolean;
  } | null;
}

/**
 * Count the answers of the confirmed registrations (those on the waiting list
 * or cancelled did not come). `rows` are all the meeting's registrations; the
 * answers an earlier deletion counted are gone from them, so its counts are
 * added to, while `confirmed` is counted afresh.
 */
export function countSensitiveAnswers(rows: readonly AnswersRow[], earlier?: SensitiveCounts | null): SensitiveCounts {
  const counts: SensitiveCounts = earlier
    ? { ...earlier, confirmed: 0 }
    : {
        confirmed: 0,
        dietary: 0,
        wheelchair: 0,
        signLanguage: 0,
        writtenInterpretation: 0,
        hearingLoop: 0,
        otherAccessNeeds: 0,
        travelSupport: 0,
      };
  for (const row of rows) {
    if (row.status !== 'confirmed') continue;
    counts.confirmed++;
    const needs = row.needs;
    if (!needs) continue;
    for (const key of SENSITIVE_COUNT_KEYS) if (needs[key]) counts[key]++;
  }
  return counts;
}

/** The stored counts read back (a JSON column): null when absent or not counts. */
export function sensitiveCountsOf(value: unknown): SensitiveCounts | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const keys = ['confirmed', ...SENSITIVE_COUNT_KEYS] as const;
  if (!keys.every((k) => typeof record[k] === 'number')) return null;
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as unknown as SensitiveCounts;
}
