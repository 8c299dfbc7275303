import type { Db } from '@knutepunkt/db';
import { countSensitiveAnswers, sensitiveCountsOf, sensitiveErasureDate } from '@knutepunkt/domain';
import { recordAudit } from '../../audit.ts';
import { lockMeeting } from './scope.ts';

const DAY = 86_400_000;

/**
 * Delete the sensitive answers (dietary, access needs, travel support; the
 * `MeetingRegistrationNeeds` rows) of every meeting whose end plus its
 * `sensitiveRetentionDays` has passed at `now`, keeping only counts on the
 * meeting (`sensitiveCounts`, `sensitiveErasedAt`). One transaction per
 * meeting under its row lock, so a registration cannot add answers halfway;
 * running it again changes nothing. Each deletion is in the audit log, with
 * counts and no personal data. Run by the nightly clean-up; returns how many
 * registrations' answers went.
 */
export async function eraseExpiredSensitiveAnswers(db: Db, now = new Date()): Promise<number> {
  // Every meeting keeps its answers at least a day after it ends; the rule below decides exactly.
  const candidates = await db.meeting.findMany({
    where: {
      endsAt: { lte: new Date(now.getTime() - DAY) },
      OR: [{ sensitiveErasedAt: null }, { registrations: { some: { needs: { isNot: null } } } }],
    },
    select: { id: true, endsAt: true, sensitiveRetentionDays: true },
  });
  let deleted = 0;
  for (const meeting of candidates.filter((m) => sensitiveErasureDate(m) <= now)) {
    deleted += await db.$transaction(async (tx) => {
      if (!(await lockMeeting(tx, meeting.id))) return 0;
      const fresh = await tx.meeting.findUniqueOrThrow({
        where: { id: meeting.id },
        select: {
          endsAt: true,
          sensitiveRetentionDays: true,
          sensitiveErasedAt: true,
          sensitiveCounts: true,
          registrations: {
            select: {
              status: true,
              needs: {
                select: {
                  dietary: true,
                  wheelchair: true,
                  signLanguage: true,
                  writtenInterpretation: true,
                  hearingLoop: true,
                  otherAccessNeeds: true,
                  travelSupport: true,
                },
              },
            },
          },
        },
      });
      // Another run, or a new end or number of days, may have come first.
      if (sensitiveErasureDate(fresh) > now) return 0;
      const answered = fresh.registrations.filter((r) => r.needs).length;
      if (fresh.sensitiveErasedAt && answered === 0) return 0;
      const counts = countSensitiveAnswers(fresh.registrations, sensitiveCountsOf(fresh.sensitiveCounts));
      const gone = await tx.meetingRegistrationNeeds.deleteMany({ where: { registration: { meetingId: meeting.id } } });
      await tx.meeting.update({
        where: { id: meeting.id },
        data: { sensitiveCounts: { ...counts }, sensitiveErasedAt: now },
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'delete',
        entity: 'meeting',
        entityId: meeting.id,
        after: { sensitiveAnswersDeleted: gone.count, sensitiveCounts: counts },
      });
      return gone.count;
    });
  }
  return deleted;
}
