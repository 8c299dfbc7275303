import type { Db } from '@knutepunkt/db';

/**
 * The evaluation's part of the meetings' test world (docs/adr/0022): `member`
 * had a confirmed seat at the `started` meeting (which has ended), whose
 * evaluation is sent and open for a fortnight, and nobody has answered.
 */
export async function createEvaluationWorld(db: Db, startedMeetingId: string, memberId: string): Promise<void> {
  await db.meetingRegistration.create({
    data: { meetingId: startedMeetingId, userId: memberId, status: 'confirmed', position: 1, confirmedAt: new Date() },
  });
  await db.meeting.update({ where: { id: startedMeetingId }, data: { lastPosition: 1 } });
  await db.meetingEvaluation.create({
    data: {
      meetingId: startedMeetingId,
      ratingQuestion: 'Hvor nyttig var samlingen?',
      textQuestions: ['Hva var best?'],
      closesAt: new Date(Date.now() + 14 * 86_400_000),
      sentAt: new Date(),
    },
  });
}
