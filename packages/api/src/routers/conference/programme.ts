import type { Db } from '@knutepunkt/db';
import { notFound } from '@knutepunkt/domain';
import { type PublishedProgramme, latestPublished } from './snapshot.ts';

/**
 * The public reads of an edition (docs/adr/0023): everything comes from the newest published
 * release's snapshot, never from the working copy, so an edition with no published release is
 * not found (404) like one that does not exist. Both answers are the same for every viewer
 * (public-reads.ts): no ctx.user, no translated text.
 */
export async function publicProgramme(db: Db, slug: string): Promise<PublishedProgramme> {
  const published = await latestPublished(db, slug);
  if (!published) throw notFound();
  return published;
}

/** The edition's page: its public facts, its organisers and partners, and whether it has a programme yet. */
export async function publicEdition(db: Db, slug: string) {
  const { release, snapshot } = await publicProgramme(db, slug);
  return {
    edition: snapshot.edition,
    partners: snapshot.partners,
    release: { name: release.name, publishedAt: release.publishedAt },
    // A release may be published before any session is placed (the date and the venue first).
    hasProgramme: snapshot.sessions.length > 0,
    sessionCount: snapshot.sessions.length,
    speakerCount: snapshot.speakers.length,
  };
}
