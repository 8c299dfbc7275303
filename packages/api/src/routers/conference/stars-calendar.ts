import type { IcsEvent } from '@knutepunkt/calendar';
import type { Db } from '@knutepunkt/db';
import {
  type PublishedRelease,
  type SnapshotEdition,
  type SnapshotSession,
  conferencePaths,
  pathTo,
  sessionEndsAt,
  urlOn,
} from '@knutepunkt/domain';
import { latestPublished } from './snapshot.ts';

/**
 * A person's starred sessions in their own calendar feed (`/kalender/<token>.ics`, ADR 19,
 * docs/adr/0024): the same secret, renewable address as their meetings, so there is one feed
 * to subscribe to and one to revoke. Each starred session of its edition's newest published
 * release is one VEVENT whose UID comes from the session's GUID, so a calendar keeps one entry
 * through every release; a session cancelled in a later release simply drops out.
 */
export interface StarredSession {
  edition: SnapshotEdition;
  release: PublishedRelease;
  session: SnapshotSession;
  roomName: string;
}

export async function starredSessionsFor(db: Db, userId: string): Promise<StarredSession[]> {
  const stars = await db.conferenceStar.findMany({
    where: { userId },
    select: { session: { select: { guid: true, edition: { select: { slug: true } } } } },
  });
  const bySlug = new Map<string, Set<string>>();
  for (const { session } of stars) {
    const guids = bySlug.get(session.edition.slug) ?? new Set<string>();
    guids.add(session.guid);
    bySlug.set(session.edition.slug, guids);
  }
  const found: StarredSession[] = [];
  for (const [slug, guids] of bySlug) {
    const published = await latestPublished(db, slug);
    if (!published) continue;
    const rooms = new Map(published.snapshot.rooms.map((r) => [r.guid, r.name]));
    for (const session of published.snapshot.sessions) {
      if (!guids.has(session.guid)) continue;
      found.push({
        edition: published.snapshot.edition,
        release: published.release,
        session,
        roomName: rooms.get(session.roomGuid) ?? '',
      });
    }
  }
  return found.sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt));
}

/** The calendar UID of a conference session: its GUID, which every release keeps. */
export function conferenceSessionUid(guid: string, base: string): string {
  return `conference-session-${guid}@${new URL(base).hostname}`;
}

export function starredSessionEvent(item: StarredSession, base: string): IcsEvent {
  const { edition, release, session } = item;
  return {
    uid: conferenceSessionUid(session.guid, base),
    // Each release may move it; the release's number (from 0) only grows.
    sequence: release.sequence - 1,
    start: new Date(session.startsAt),
    end: sessionEndsAt(session),
    summary: session.title,
    description: session.abstract.trim() || null,
    location: [item.roomName, edition.venueName].filter((p) => p.trim()).join(', ') || null,
    url: urlOn(base, pathTo(conferencePaths.web.session, { slug: edition.slug, number: String(session.number) })),
    categories: [edition.title],
    lastModified: new Date(release.publishedAt),
  };
}
