import {
  INTL_LOCALES,
  type Locale,
  type ProgrammeSnapshot,
  type SnapshotSession,
  sessionEndsAt,
} from '@knutepunkt/domain';

/** A starred session as «Mitt program» and its printable copy list it. */
export interface MineItem {
  session: SnapshotSession;
  roomName: string;
}

export interface MineDay {
  /** 'YYYY-MM-DD' in Oslo. */
  day: string;
  items: MineItem[];
}

const osloDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));

/** The starred sessions of the release, by Oslo day and start (the snapshot is ordered by start). */
export function starredByDay(snapshot: ProgrammeSnapshot, starred: ReadonlySet<string>): MineDay[] {
  const rooms = new Map(snapshot.rooms.map((r) => [r.guid, r.name]));
  const days: MineDay[] = [];
  for (const session of snapshot.sessions) {
    if (!starred.has(session.guid)) continue;
    const day = osloDay(session.startsAt);
    let entry = days.at(-1);
    if (entry?.day !== day) {
      entry = { day, items: [] };
      days.push(entry);
    }
    entry.items.push({ session, roomName: rooms.get(session.roomGuid) ?? '' });
  }
  return days;
}

/** «tirsdag 20. oktober» for a day heading. */
export function formatDayHeading(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Oslo',
  }).format(new Date(`${day}T12:00:00Z`));
}

const clock = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(INTL_LOCALES[locale], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' }).format(
    date,
  );

/** «09:00–10:00» in Oslo time. */
export function formatSpan(session: SnapshotSession, locale: Locale): string {
  return `${clock(new Date(session.startsAt), locale)}–${clock(sessionEndsAt(session), locale)}`;
}

/** «tirsdag 09:00–10:00», for a clash told in words. */
export function formatDaySpan(session: SnapshotSession, locale: Locale): string {
  return `${formatDayHeading(osloDay(session.startsAt), locale)} ${formatSpan(session, locale)}`;
}
