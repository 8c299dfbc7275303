import type { Prisma } from '@knutepunkt/db';

/**
 * Sessions' and speakers' numbers within an edition (their public addresses and frab's integer
 * ids, docs/adr/0023): the highest so far plus one, read under the edition's row lock so two
 * coordinators creating at the same moment take turns instead of both taking the same number.
 */
export async function lockEdition(tx: Prisma.TransactionClient, editionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "ConferenceEdition" WHERE "id" = ${editionId} FOR UPDATE`;
  return rows.length > 0;
}

export async function nextSessionNumber(tx: Prisma.TransactionClient, editionId: string): Promise<number> {
  const { _max } = await tx.conferenceSession.aggregate({ where: { editionId }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}

export async function nextSpeakerNumber(tx: Prisma.TransactionClient, editionId: string): Promise<number> {
  const { _max } = await tx.conferenceSpeaker.aggregate({ where: { editionId }, _max: { number: true } });
  return (_max.number ?? 0) + 1;
}

/** Long enough for many creations at once to take their turn at the lock. */
export const NUMBERING_TX = { maxWait: 60_000, timeout: 60_000 } as const;
