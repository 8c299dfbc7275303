import type { Db } from '@knutepunkt/db';
import { notFound } from '@knutepunkt/domain';
import { latestPublished } from './snapshot.ts';

/**
 * Stand-in for the public `conference.programme` read so the stars' pages type-check in
 * this branch; the browsing part's own version replaces this file when the branches merge.
 */
export async function programmeOr404(db: Db, slug: string) {
  const published = await latestPublished(db, slug);
  if (!published) throw notFound();
  return published;
}
