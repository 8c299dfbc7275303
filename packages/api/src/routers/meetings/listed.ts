import type { Prisma } from '@knutepunkt/db';

/**
 * The meetings the network lists show (/moter, a network's meetings, the Atom feeds, the
 * network's calendar feed, the sitemap): not a conference's own registration, which is a
 * meeting of this module linked from its edition (docs/adr/0023) and is reached from the
 * conference's page. Its own page, `/moter/<slug>`, works as any meeting's.
 */
export const LISTED_MEETINGS = { conferenceEdition: { is: null } } as const satisfies Prisma.MeetingWhereInput;
