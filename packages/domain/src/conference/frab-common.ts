import { OSLO_TIME_ZONE, osloInstantsFor, osloLocalTime, osloOffsetMinutes } from '../time/oslo.ts';
import { slugify } from '../schemas/fields.ts';
import { conferencePaths } from './paths.ts';
import type { ProgrammeSnapshot, SnapshotSession } from './snapshot.ts';

/**
 * What the frab writers (frab-json.ts, frab-xml.ts) share: the programme laid out as frab wants
 * it, days × rooms × events, with every time in Oslo's wall clock and its offset. Pure: the
 * caller gives the snapshot, the release and the site's address (docs/adr/0023).
 */

export const FRAB_TIME_ZONE = OSLO_TIME_ZONE;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `+02:00` in summer, `+01:00` in winter. */
function offsetText(instant: Date): string {
  const minutes = osloOffsetMinutes(instant);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as Oslo wall-clock time with its offset: `2031-10-20T09:00:00+02:00`. */
export function osloIso(instant: Date): string {
  const t = osloLocalTime(instant);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${offsetText(instant)}`;
}

/** The Oslo calendar day of an instant, 'YYYY-MM-DD'. */
export function osloDate(instant: Date): string {
  const t = osloLocalTime(instant);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** Minutes as frab's `HH:MM` (a start's clock time or a duration). */
export function hhmm(totalMinutes: number): string {
  return `${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`;
}

/** The Oslo calendar days from `startsOn` to `endsOn`, both included. */
export function editionDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${endsOn}T00:00:00Z`);
  // Walk whole UTC days over the calendar dates: a date has no zone, so no DST can shift it.
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= end && days.length < 366; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** The instant of an Oslo wall-clock time on a date (the earlier one in the autumn overlap; never in the spring gap at these hours). */
function osloInstant(date: string, hour: number, minute: number, second = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const found = osloInstantsFor({ year, month, day, hour, minute, second });
  return found[0] ?? new Date(`${date}T${pad(hour)}:${pad(minute)}:00Z`);
}

/**
 * frab's acronym: the edition's slug with `_` for `-`, since the JSON schema allows a `-` only
 * before a year and a word (`36c3`, `divoc-ptt`), and both schemas want four characters or more.
 */
export function frabAcronym(slug: string): string {
  const acronym = slug.replace(/-/g, '_');
  return acronym.length >= 4 ? acronym : acronym.padEnd(4, '_');
}

/** `<acronym>-<number>-<title>` as pretalx makes it; the same across releases while the title stays. */
export function frabEventSlug(acronym: string, session: Pick<SnapshotSession, 'number' | 'title'>): string {
  const title = slugify(session.title) || 'sesjon';
  return `${acronym}-${session.number}-${title}`.replace(/-+$/g, '');
}

/** An absolute address on the site; `baseUrl` without a trailing slash. */
export function absolute(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

export function sessionUrl(baseUrl: string, slug: string, number: number): string {
  return absolute(
    baseUrl,
    conferencePaths.web.session.replace(':slug', encodeURIComponent(slug)).replace(':number', String(number)),
  );
}

/** Links in a session's materials (Markdown `[title](url)` or bare http(s) addresses), in order, once each. */
export function materialLinks(markdown: string): { url: string; title: string }[] {
  const links: { url: string; title: string }[] = [];
  const seen = new Set<string>();
  const pattern = /\[([^\]\n]*)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s)<>\]]+)/g;
  for (const m of markdown.matchAll(pattern)) {
    const url = m[2] ?? m[3]!;
    if (seen.has(url)) continue;
    seen.add(url);
    links.push({ url, title: (m[1] ?? '').trim() || url });
  }
  return links;
}

/** The greatest common divisor of the starts' minutes and the durations: the grid apps draw (at least 5 minutes). */
function timeslotMinutes(sessions: readonly SnapshotSession[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let g = 0;
  for (const s of sessions) {
    const t = osloLocalTime(new Date(s.startsAt));
    g = gcd(gcd(g, t.minute), s.durationMinutes);
  }
  return g === 0 ? 15 : Math.max(5, Math.min(g, 60));
}

export interface FrabEvent {
  session: SnapshotSession;
  start: Date;
  roomName: string;
}

export interface FrabDay {
  index: number;
  date: string;
  /** The first session's start and the last one's end that day; the whole day when it has none. */
  start: Date;
  end: Date;
  rooms: { name: string; guid: string; events: FrabEvent[] }[];
}

export interface FrabLayout {
  acronym: string;
  days: FrabDay[];
  timeslotMinutes: number;
}

/** The programme as frab's days × rooms × events; a session on a day outside the edition's dates gets that day too. */
export function frabLayout(snapshot: ProgrammeSnapshot): FrabLayout {
  const dates = new Set(editionDays(snapshot.edition.startsOn, snapshot.edition.endsOn));
  for (const s of snapshot.sessions) dates.add(osloDate(new Date(s.startsAt)));
  const roomName = new Map(snapshot.rooms.map((r) => [r.guid, r.name]));
  const days = [...dates].sort().map((date, i): FrabDay => {
    const sessions = snapshot.sessions.filter((s) => osloDate(new Date(s.startsAt)) === date);
    const starts = sessions.map((s) => Date.parse(s.startsAt));
    const ends = sessions.map((s) => Date.parse(s.startsAt) + s.durationMinutes * 60_000);
    return {
      index: i + 1,
      date,
      start: sessions.length ? new Date(Math.min(...starts)) : osloInstant(date, 0, 0),
      end: sessions.length ? new Date(Math.max(...ends)) : osloInstant(date, 23, 59),
      rooms: snapshot.rooms.map((room) => ({
        name: room.name,
        guid: room.guid,
        events: sessions
          .filter((s) => s.roomGuid === room.guid)
          .map((session) => ({ session, start: new Date(session.startsAt), roomName: roomName.get(room.guid)! })),
      })),
    };
  });
  return { acronym: frabAcronym(snapshot.edition.slug), days, timeslotMinutes: timeslotMinutes(snapshot.sessions) };
}
