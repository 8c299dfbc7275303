import type { Actor } from '@knutepunkt/domain';
import type { Db } from '@knutepunkt/db';

/**
 * The editions a coordinator may edit (admins: all), newest first. The editing of an
 * edition itself (its form, rooms, tracks, …) is in editing-*.ts.
 */
export async function editionsForStaff(db: Db, actor: Actor) {
  return db.conferenceEdition.findMany({
    where: actor.isAdmin ? {} : { owners: { some: { networkId: { in: [...actor.coordinatorOf] } } } },
    orderBy: { startsOn: 'desc' },
    select: { id: true, slug: true, title: true, subtitle: true, startsOn: true, endsOn: true },
  });
}

/** The editions the public sees: those with a published release, newest first. */
export async function publicEditions(db: Db) {
  return db.conferenceEdition.findMany({
    where: { releases: { some: { publishedAt: { not: null } } } },
    orderBy: { startsOn: 'desc' },
    select: { slug: true, title: true, subtitle: true, startsOn: true, endsOn: true, venueName: true },
  });
}
