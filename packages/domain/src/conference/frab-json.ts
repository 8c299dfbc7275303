import { osloLocalTime } from '../time/oslo.ts';
import {
  FRAB_TIME_ZONE,
  absolute,
  frabEventSlug,
  frabLayout,
  hhmm,
  materialLinks,
  osloIso,
  sessionUrl,
} from './frab-common.ts';
import { conferencePaths } from './paths.ts';
import type { ProgrammeSnapshot, PublishedRelease, SnapshotSession } from './snapshot.ts';

/**
 * The programme in the frab/c3voc JSON format (schedule.schema.json, draft-06), as pretalx
 * exports it and Giggity and EventFahrplan read it. `id` is the session's number and `guid`
 * its UUID, so both stay the same across releases (docs/adr/0023). Pure.
 */

export interface FrabJsonPerson {
  id: number;
  guid: string;
  public_name: string;
  biography: string;
}

export interface FrabJsonEvent {
  id: number;
  guid: string;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  do_not_record: boolean;
  persons: FrabJsonPerson[];
  links: { url: string; title: string }[];
  attachments: { url: string; title: string }[];
}

export interface FrabJson {
  $schema: string;
  generator: { name: string; version: string };
  schedule: {
    version: string;
    base_url: string;
    url: string;
    conference: {
      acronym: string;
      title: string;
      description: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      tracks: { name: string; slug: string; color: string }[];
      rooms: { name: string; guid: string; capacity: number | null; description: string | null }[];
      days: {
        index: number;
        date: string;
        day_start: string;
        day_end: string;
        rooms: Record<string, FrabJsonEvent[]>;
      }[];
    };
  };
}

export const FRAB_JSON_SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';
export const FRAB_GENERATOR = 'Knutepunkt';

const editionPath = (pattern: string, slug: string) => pattern.replace(':slug', encodeURIComponent(slug));

export function frabJson(snapshot: ProgrammeSnapshot, release: PublishedRelease, baseUrl: string): FrabJson {
  const { edition } = snapshot;
  const layout = frabLayout(snapshot);
  const tracks = new Map(snapshot.tracks.map((t) => [t.id, t]));
  const types = new Map(snapshot.types.map((t) => [t.id, t]));
  const speakers = new Map(snapshot.speakers.map((sp) => [sp.number, sp]));

  const event = (session: SnapshotSession, start: Date, room: string): FrabJsonEvent => {
    const clock = osloLocalTime(start);
    return {
      id: session.number,
      guid: session.guid,
      date: osloIso(start),
      start: hhmm(clock.hour * 60 + clock.minute),
      end: osloIso(new Date(start.getTime() + session.durationMinutes * 60_000)),
      duration: hhmm(session.durationMinutes),
      room,
      slug: frabEventSlug(layout.acronym, session),
      url: sessionUrl(baseUrl, edition.slug, session.number),
      title: session.title,
      subtitle: '',
      track: (session.trackId && tracks.get(session.trackId)?.name) || null,
      type: (session.typeId && types.get(session.typeId)?.name) || '',
      language: session.language,
      abstract: session.abstract,
      description: '',
      do_not_record: !session.recorded,
      persons: session.speakers.flatMap((number) => {
        const sp = speakers.get(number);
        return sp ? [{ id: sp.number, guid: sp.guid, public_name: sp.name, biography: sp.bio }] : [];
      }),
      links: materialLinks(session.materials),
      attachments: [],
    };
  };

  const programmeUrl = absolute(baseUrl, editionPath(conferencePaths.web.programme, edition.slug));
  return {
    $schema: FRAB_JSON_SCHEMA_URL,
    generator: { name: FRAB_GENERATOR, version: '1' },
    schedule: {
      version: release.name,
      base_url: absolute(baseUrl, '/'),
      url: absolute(baseUrl, editionPath(conferencePaths.web.frabJson, edition.slug)),
      conference: {
        acronym: layout.acronym,
        title: edition.title,
        description: edition.subtitle,
        start: edition.startsOn,
        end: edition.endsOn,
        daysCount: layout.days.length,
        timeslot_duration: hhmm(layout.timeslotMinutes),
        time_zone_name: FRAB_TIME_ZONE,
        url: programmeUrl,
        tracks: snapshot.tracks.map((t) => ({ name: t.name, slug: trackSlug(t.name, t.id), color: t.colour })),
        rooms: snapshot.rooms.map((r) => ({
          name: r.name,
          guid: r.guid,
          capacity: r.capacity,
          description: r.accessibilityNote || null,
        })),
        days: layout.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: osloIso(day.start),
          day_end: osloIso(day.end),
          rooms: Object.fromEntries(
            day.rooms.map((room) => [room.name, room.events.map((e) => event(e.session, e.start, e.roomName))]),
          ),
        })),
      },
    },
  };
}

/** A track's slug for frab (`^[a-z0-9_-]+[a-z0-9]$`, the XSD also wants a letter first). */
export function trackSlug(name: string, id: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return slug.length >= 2 ? slug : `spor-${id.toLowerCase().replace(/[^a-z0-9]/g, '')}`.replace(/-+$/g, '');
}
