import type { Db } from '@knutepunkt/db';
import { LISTED_MEETINGS } from './listed.ts';

/** How many meetings an Atom feed holds. */
export const MEETING_FEED_SIZE = 30;

/**
 * The newest published meetings for the Atom feeds (`/moter.atom`, a network's
 * `/nettverk/<slug>/moter.atom`), latest published first. A meeting cancelled after publishing
 * stays in with its new state (its entry is updated); drafts never appear. Only public fields.
 */
export function newMeetings(db: Db, options: { networkId?: string; take?: number } = {}) {
  return db.meeting.findMany({
    where: {
      ...LISTED_MEETINGS,
      status: { in: ['published', 'cancelled', 'held'] },
      publishedAt: { not: null },
      ...(options.networkId ? { networkId: options.networkId } : {}),
    },
    select: {
      slug: true,
      title: true,
      language: true,
      status: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      venueName: true,
      publishedAt: true,
      updatedAt: true,
      network: { select: { name: true } },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: options.take ?? MEETING_FEED_SIZE,
  });
}
