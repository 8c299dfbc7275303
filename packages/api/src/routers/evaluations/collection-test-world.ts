import type { Db } from '@knutepunkt/db';

/** The consent text the world's evaluation in data collection is read out under (version 1). */
export const WORLD_CONSENT_TEXT =
  'Det du forteller blir skrevet ned uten navn. Du kan trekke samtykket når som helst, og da slettes det som ble skrevet.';

/** What data collection needs beyond test-world.ts: the consent text interviewers record consent under. */
export async function addCollectionFixtures(db: Db, evaluationId: string): Promise<void> {
  await db.evaluation.update({ where: { id: evaluationId }, data: { consentText: WORLD_CONSENT_TEXT } });
}
