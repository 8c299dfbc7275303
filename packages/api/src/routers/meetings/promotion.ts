import type { Prisma } from '@knutepunkt/db';
import { promotionsFor } from '@knutepunkt/domain';
import type { SiteUrls } from '../../context.ts';
import { notifyAboutMeeting, peopleByIds } from './notices.ts';
import type { MeetingInScope } from './scope.ts';

/**
 * Give free seats to the waiting list, in order of arrival (the domain's
 * `promotionsFor`: only while registration is open), and tell each promoted
 * person. Called with the meeting's row lock held, after a cancellation or
 * more seats. Returns the promoted registrations' ids.
 */
export async function promoteWaiting(
  tx: Prisma.TransactionClient,
  meeting: MeetingInScope & { slug: string },
  urls: SiteUrls,
  now: Date,
): Promise<string[]> {
  const line = await tx.meetingRegistration.findMany({
    where: { meetingId: meeting.id, status: { in: ['confirmed', 'waiting'] } },
    select: { id: true, status: true, organisationId: true, position: true, userId: true },
  });
  const promoted = promotionsFor(meeting, line, now);
  if (promoted.length === 0) return [];
  await tx.meetingRegistration.updateMany({
    where: { id: { in: promoted }, status: 'waiting' },
    data: { status: 'confirmed', confirmedAt: now },
  });
  const userIds = line.filter((r) => promoted.includes(r.id)).map((r) => r.userId);
  await notifyAboutMeeting(tx, await peopleByIds(tx, userIds), 'promoted', meeting, urls);
  return promoted;
}
