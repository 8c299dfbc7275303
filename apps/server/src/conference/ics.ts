import { type IcsEvent, toIcs } from '@knutepunkt/calendar';
import {
  type ProgrammeSnapshot,
  type PublishedRelease,
  type SnapshotSession,
  sessionEndsAt,
  sessionUrl,
} from '@knutepunkt/domain';

/**
 * The programme as iCalendar (ADR 19, docs/adr/0023): one VEVENT per session, its UID from the
 * session's GUID (so a calendar that subscribed keeps its entries across releases) and SEQUENCE
 * the release's sequence (so a newer release replaces what an older one said). Times go through
 * packages/calendar as Europe/Oslo with its VTIMEZONE. Pure.
 */

export function conferenceSessionUid(guid: string, base: string): string {
  return `conference-session-${guid}@${new URL(base).hostname}`;
}

function sessionEvent(
  snapshot: ProgrammeSnapshot,
  release: PublishedRelease,
  session: SnapshotSession,
  base: string,
): IcsEvent {
  const room = snapshot.rooms.find((r) => r.guid === session.roomGuid);
  const speakers = session.speakers
    .map((n) => snapshot.speakers.find((sp) => sp.number === n)?.name)
    .filter((name): name is string => !!name);
  const track = snapshot.tracks.find((t) => t.id === session.trackId)?.name;
  const { edition } = snapshot;
  return {
    uid: conferenceSessionUid(session.guid, base),
    sequence: release.sequence,
    dtstamp: new Date(release.publishedAt),
    start: new Date(session.startsAt),
    end: sessionEndsAt(session),
    summary: session.title,
    description: [speakers.join(', '), session.abstract].filter(Boolean).join('\n\n') || null,
    location: [room?.name, edition.venueName, edition.venueAddress].filter(Boolean).join(', ') || null,
    url: sessionUrl(base, edition.slug, session.number),
    categories: track ? [track] : [],
    lastModified: new Date(release.publishedAt),
  };
}

/** The whole programme as one feed (subscribe to it), or one session (`number`) as a file; null: no such session. */
export function programmeIcs(
  snapshot: ProgrammeSnapshot,
  release: PublishedRelease,
  base: string,
  number?: number,
): string | null {
  const sessions = number === undefined ? snapshot.sessions : snapshot.sessions.filter((s) => s.number === number);
  if (number !== undefined && sessions.length === 0) return null;
  return toIcs({
    name: number === undefined ? snapshot.edition.title : null,
    dtstamp: new Date(release.publishedAt),
    events: sessions.map((s) => sessionEvent(snapshot, release, s, base)),
  });
}
