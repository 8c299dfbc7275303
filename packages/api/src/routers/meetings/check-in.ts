import type { Db } from '@knutepunkt/db';
import { type AttendanceMarkInput, UserError, checkInWindow, decideMark, effectiveMarkedAt } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { type MeetingInScope, REGISTRATION_TX } from './scope.ts';

/** What became of one mark: applied, the same as before, older than the last one, or for nobody checked in here. */
export type MarkOutcome = 'applied' | 'same' | 'stale' | 'unknown';

export interface CheckInResult {
  results: Array<{ registrationId: string; outcome: MarkOutcome }>;
  /** The attendance now held for every registration the batch named (the phone shows it). */
  current: Array<{ registrationId: string; attended: boolean; markedAt: Date | null }>;
}

/** A refusal while check-in is not open: before three hours ahead of the start, or after the week after the end. */
export function assertCheckInOpen(meeting: MeetingInScope, now: Date): void {
  const window = checkInWindow(meeting, now);
  if (window === 'notYet') throw new UserError('conflict', 'meetings.admin.checkIn.error.notYet');
  if (window === 'closed') throw new UserError('conflict', 'meetings.admin.checkIn.error.closed');
}

/**
 * Apply one phone's queued marks (docs/adr/0021). Each registration's last
 * mark wins by the time it was made on the phone, not by when it arrived: the
 * same mark sent twice changes nothing, and an older mark from a phone that
 * was offline does not undo a newer one. The rows are locked in id order for
 * the transaction, so two phones sending at once take turns (and never
 * deadlock), and each decides on what the other wrote. Marks for a
 * registration that is not a seat at this meeting (cancelled since, moved to
 * the waiting list, another meeting's) are answered `unknown` and change
 * nothing: the phone drops them rather than sending them for ever.
 */
export async function checkIn(
  db: Db,
  actorId: string,
  meeting: MeetingInScope,
  marks: AttendanceMarkInput[],
  now = new Date(),
): Promise<CheckInResult> {
  assertCheckInOpen(meeting, now);
  // Within a batch too, only the latest mark per person counts.
  const latest = new Map<string, { attended: boolean; markedAt: Date }>();
  for (const m of marks) {
    const mark = { attended: m.attended, markedAt: effectiveMarkedAt(new Date(m.markedAt), now) };
    const seen = latest.get(m.registrationId);
    if (!seen || decideMark(seen, mark) === 'apply') latest.set(m.registrationId, mark);
  }
  const ids = [...latest.keys()].sort();
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "MeetingRegistration" WHERE "id" = ANY(${ids}::text[]) AND "meetingId" = ${meeting.id} ORDER BY "id" FOR UPDATE`;
    const rows = await tx.meetingRegistration.findMany({
      where: { id: { in: ids }, meetingId: meeting.id, status: 'confirmed' },
      select: { id: true, attended: true, attendedMarkedAt: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const outcomes = new Map<string, MarkOutcome>();
    const current: CheckInResult['current'] = [];
    for (const id of ids) {
      const row = byId.get(id);
      const mark = latest.get(id)!;
      if (!row) {
        outcomes.set(id, 'unknown');
        continue;
      }
      const decision = decideMark({ attended: row.attended, markedAt: row.attendedMarkedAt }, mark);
      if (decision === 'apply') {
        await tx.meetingRegistration.update({
          where: { id },
          data: { attended: mark.attended, attendedMarkedAt: mark.markedAt, attendedMarkedById: actorId },
        });
        await recordAudit(tx, {
          actorId,
          action: 'update',
          entity: 'meetingRegistration',
          entityId: id,
          before: { attended: row.attended },
          after: { attended: mark.attended, markedAt: mark.markedAt.toISOString() },
        });
        current.push({ registrationId: id, attended: mark.attended, markedAt: mark.markedAt });
      } else {
        current.push({ registrationId: id, attended: row.attended, markedAt: row.attendedMarkedAt });
      }
      outcomes.set(id, decision === 'apply' ? 'applied' : decision);
    }
    // Every mark sent is answered, in the order sent (duplicates get the outcome of their person's latest).
    const results = marks.map((m) => ({ registrationId: m.registrationId, outcome: outcomes.get(m.registrationId)! }));
    return { results, current };
  }, REGISTRATION_TX);
}
