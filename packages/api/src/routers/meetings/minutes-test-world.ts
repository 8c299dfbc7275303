import type { Db } from '@knutepunkt/db';

/**
 * The minutes part of the meetings test world (docs/adr/0020): the `started`
 * meeting's minutes, published to everyone, with one attachment (a row
 * only: no bytes are stored in API tests) and one open action point for the
 * network's first member organisation (org1, which `editor` edits).
 */
export interface MinutesWorld {
  actionPoint: string;
  minutesAttachment: string;
}

export async function createMinutesWorld(db: Db, networkId: string, meetingId: string): Promise<MinutesWorld> {
  const member = await db.networkMember.findFirstOrThrow({ where: { networkId }, select: { organisationId: true } });
  await db.meetingMinutes.create({
    data: {
      meetingId,
      body: '## Hva vi snakket om\n\nErfaringskonsulenter i kommunene.',
      visibility: 'public',
      publishedAt: new Date(),
    },
  });
  const attachment = await db.minutesAttachment.create({
    data: {
      meetingId,
      fileName: 'lysark.pdf',
      mimeType: 'application/pdf',
      size: 1234,
      storageKey: `test-world-minutes-${meetingId}`,
    },
  });
  const point = await db.actionPoint.create({
    data: {
      meetingId,
      what: 'Kartlegge erfaringskonsulenter i kommunen',
      dueDate: new Date('2031-06-01T00:00:00Z'),
      organisations: { create: { organisationId: member.organisationId } },
      updates: { create: { status: 'open' } },
    },
  });
  return { actionPoint: point.id, minutesAttachment: attachment.id };
}
