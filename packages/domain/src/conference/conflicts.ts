import { osloLocalTime } from '../time/oslo.ts';
import type { SessionKind } from './snapshot.ts';

/**
 * The programme editor's conflict rules (docs/adr/0023): what a coordinator is warned about
 * while placing sessions. Warnings never block a move (a plenary may run into lunch on
 * purpose); they are shown beside the grid until the programme is sound. Pure, so the grid
 * query and the unit tests compute them the same way.
 */

export interface ConflictSession {
  id: string;
  /** Unscheduled while the room or the start is null: such a session is never warned about. */
  roomId: string | null;
  startsAt: Date | null;
  durationMinutes: number;
  speakerIds: readonly string[];
  /** The kind of the session's type, null without a type. */
  kind: SessionKind | null;
  /** Places for sign-up; null: no sign-up. */
  capacity: number | null;
}

export interface ConflictRoom {
  id: string;
  capacity: number | null;
}

export interface ProgrammeWarningsInput {
  sessions: readonly ConflictSession[];
  rooms: readonly ConflictRoom[];
  /** The edition's Oslo days, 'YYYY-MM-DD' (editionDayList). */
  days: readonly string[];
  /** The day window in Oslo, 'HH:MM': sessions start at or after the first and end by the second. */
  dayStartsAt: string;
  dayEndsAt: string;
}

export type OutsideDayReason = 'notADay' | 'beforeStart' | 'afterEnd';

export type ProgrammeWarning =
  | { kind: 'roomDoubleBooked'; roomId: string; sessionIds: [string, string] }
  | { kind: 'speakerClash'; speakerId: string; sessionIds: [string, string] }
  | { kind: 'outsideDay'; sessionId: string; reason: OutsideDayReason }
  | { kind: 'workshopOverRoom'; sessionId: string; roomId: string; capacity: number; roomCapacity: number };

export type ProgrammeWarningKind = ProgrammeWarning['kind'];

/** Generous: an edition is a few days; junk dates never make a long list. */
const MAX_DAYS = 31;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(date: string): number | null {
  const m = DAY.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === date ? t : null;
}

/**
 * The calendar days of an edition from its first to its last, 'YYYY-MM-DD'. These are Oslo
 * days as written (no instant is involved, so a day with a clock change is one day like any
 * other). Empty when a date is not a real date or the end is before the start.
 */
export function editionDayList(startsOn: string, endsOn: string): string[] {
  const first = utcDay(startsOn);
  const last = utcDay(endsOn);
  if (first === null || last === null || last < first) return [];
  const days: string[] = [];
  for (let t = first; t <= last && days.length < MAX_DAYS; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Minutes after midnight of 'HH:MM'. */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Placed {
  session: ConflictSession;
  start: number;
  end: number;
}

function placed(sessions: readonly ConflictSession[]): Placed[] {
  return sessions
    .filter((s) => s.roomId !== null && s.startsAt !== null)
    .map((s) => {
      const start = s.startsAt!.getTime();
      return { session: s, start, end: start + s.durationMinutes * 60_000 };
    })
    .sort((a, b) => a.start - b.start || a.session.id.localeCompare(b.session.id));
}

// Half-open intervals: one ending at 10:00 and one starting at 10:00 do not overlap.
const overlaps = (a: Placed, b: Placed) => a.start < b.end && b.start < a.end;

/** Every pair of placed sessions that overlap in time, earlier start first. */
function overlappingPairs(list: Placed[]): Array<[Placed, Placed]> {
  const pairs: Array<[Placed, Placed]> = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length && list[j]!.start < list[i]!.end; j++) {
      if (overlaps(list[i]!, list[j]!)) pairs.push([list[i]!, list[j]!]);
    }
  }
  return pairs;
}

function outsideDay(p: Placed, days: ReadonlySet<string>, windowStart: number, windowEnd: number) {
  const start = osloLocalTime(new Date(p.start));
  const startDay = `${start.year}-${pad(start.month)}-${pad(start.day)}`;
  if (!days.has(startDay)) return 'notADay';
  if (start.hour * 60 + start.minute < windowStart) return 'beforeStart';
  const end = osloLocalTime(new Date(p.end));
  const endDay = `${end.year}-${pad(end.month)}-${pad(end.day)}`;
  // Wall-clock times: on the autumn day a session 17:00–18:00 still ends at 18:00.
  if (endDay !== startDay || end.hour * 60 + end.minute > windowEnd) return 'afterEnd';
  return null;
}

/**
 * The warnings about a programme: sessions that share a room at the same time, speakers in
 * two places at once, sessions outside the day window or on a day that is not the edition's,
 * and workshops taking more sign-ups than their room holds. Each names its sessions, in the
 * order they start (then by id), so the list is stable between calls.
 */
export function programmeWarnings(input: ProgrammeWarningsInput): ProgrammeWarning[] {
  const list = placed(input.sessions);
  const pairs = overlappingPairs(list);
  const warnings: ProgrammeWarning[] = [];

  for (const [a, b] of pairs) {
    if (a.session.roomId === b.session.roomId) {
      warnings.push({ kind: 'roomDoubleBooked', roomId: a.session.roomId!, sessionIds: [a.session.id, b.session.id] });
    }
  }
  for (const [a, b] of pairs) {
    const shared = new Set(a.session.speakerIds);
    for (const speakerId of [...new Set(b.session.speakerIds)].filter((id) => shared.has(id)).sort()) {
      warnings.push({ kind: 'speakerClash', speakerId, sessionIds: [a.session.id, b.session.id] });
    }
  }

  const days = new Set(input.days);
  const [windowStart, windowEnd] = [clockMinutes(input.dayStartsAt), clockMinutes(input.dayEndsAt)];
  for (const p of list) {
    const reason = outsideDay(p, days, windowStart, windowEnd);
    if (reason) warnings.push({ kind: 'outsideDay', sessionId: p.session.id, reason });
  }

  const roomCapacity = new Map(input.rooms.map((room) => [room.id, room.capacity]));
  for (const { session } of list) {
    const room = roomCapacity.get(session.roomId!);
    if (session.kind === 'workshop' && session.capacity !== null && room != null && session.capacity > room) {
      warnings.push({
        kind: 'workshopOverRoom',
        sessionId: session.id,
        roomId: session.roomId!,
        capacity: session.capacity,
        roomCapacity: room,
      });
    }
  }
  return warnings;
}

/** The sessions a warning is about, first named first. */
export function warningSessionIds(warning: ProgrammeWarning): string[] {
  return 'sessionIds' in warning ? [...warning.sessionIds] : [warning.sessionId];
}
