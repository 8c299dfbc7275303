import type { Db, Prisma } from '@knutepunkt/db';
import type { Actor, MinutesViewer } from '@knutepunkt/domain';

type Tx = Prisma.TransactionClient | Db;

/** What the rules need to know about this person and this meeting. */
export async function minutesViewer(
  db: Tx,
  actor: Actor | null,
  meeting: { id: string; networkId: string },
): Promise<MinutesViewer> {
  if (!actor) return { actor: null, participant: false, inNetwork: false };
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  const [registration, linked] = await Promise.all([
    db.meetingRegistration.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId: actor.userId } },
      select: { status: true },
    }),
    organisationIds.length > 0
      ? db.networkMember.count({ where: { networkId: meeting.networkId, organisationId: { in: organisationIds } } })
      : Promise.resolve(0),
  ]);
  return { actor, participant: registration?.status === 'confirmed', inNetwork: linked > 0 };
}
