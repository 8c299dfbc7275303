import { GRID_STEP_MINUTES, INTL_LOCALES, type Locale, clockMinutes } from '@knutepunkt/domain';
import type { AdminRouterOutputs } from '@knutepunkt/api';
import type { AppMessageKey } from '@knutepunkt/ui';

/** The programme editor's data as conference.scheduling.grid returns it. */
export type Grid = AdminRouterOutputs['conference']['scheduling']['grid'];
export type GridSession = Grid['sessions'][number];
export type GridWarning = Grid['warnings'][number];
export type Translate = (key: AppMessageKey, params?: Record<string, string | number>) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'HH:MM' of minutes after midnight (past midnight wraps, as a clock does). */
export function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** The grid's rows: every 15 minutes from the day's start to the last start before its end. */
export function timeRows(dayStartsAt: string, dayEndsAt: string): string[] {
  const rows: string[] = [];
  for (let m = clockMinutes(dayStartsAt); m < clockMinutes(dayEndsAt); m += GRID_STEP_MINUTES) rows.push(clock(m));
  return rows;
}

/** The form's start times: the grid's rows, and the session's own time when it is off the 15-minute steps. */
export function startOptions(grid: Grid, current: string | null): string[] {
  const rows = timeRows(grid.edition.dayStartsAt, grid.edition.dayEndsAt);
  if (current && !rows.includes(current)) return [...rows, current].sort();
  return rows;
}

export const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240];

export function durationOptions(current: number): number[] {
  return DURATIONS.includes(current) ? DURATIONS : [...DURATIONS, current].sort((a, b) => a - b);
}

/** "mandag 20. oktober": a calendar day as written, whatever the machine's zone (no instant involved). */
export function dayLabel(locale: Locale, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "09:00–09:45" on the wall clock (the duration added to the start as written). */
export function timeSpan(session: GridSession): { start: string; end: string } | null {
  if (!session.placement) return null;
  const start = session.placement.time;
  return { start, end: clock(clockMinutes(start) + session.durationMinutes) };
}

export interface Block {
  session: GridSession;
  roomIndex: number;
  /** The first row (0-based) and how many rows the block covers, cut to the day window. */
  row: number;
  rows: number;
  /** 0 for the first of overlapping sessions in a room, 1 for the next…: drawn side by side. */
  lane: number;
}

/** The placed sessions of one day as blocks in the grid, in the order they start. */
export function blocksOfDay(grid: Grid, day: string): Block[] {
  const rowCount = timeRows(grid.edition.dayStartsAt, grid.edition.dayEndsAt).length;
  const windowStart = clockMinutes(grid.edition.dayStartsAt);
  const roomIndex = new Map(grid.rooms.map((room, i) => [room.id, i]));
  const placed = grid.sessions
    .filter((s) => s.placement?.day === day && s.roomId && roomIndex.has(s.roomId))
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '') || a.number - b.number);
  const blocks: Block[] = [];
  for (const session of placed) {
    const from = (clockMinutes(session.placement!.time) - windowStart) / GRID_STEP_MINUTES;
    const to = from + session.durationMinutes / GRID_STEP_MINUTES;
    const row = Math.min(Math.max(Math.floor(from), 0), Math.max(rowCount - 1, 0));
    const end = Math.min(Math.max(Math.ceil(to), row + 1), Math.max(rowCount, row + 1));
    const index = roomIndex.get(session.roomId!)!;
    const lane = blocks.filter((b) => b.roomIndex === index && b.row + b.rows > row && b.row < end).length;
    blocks.push({ session, roomIndex: index, row, rows: end - row, lane });
  }
  return blocks;
}

/** A warning in words, and the sessions it is about (for its buttons). */
export function warningText(grid: Grid, warning: GridWarning, t: Translate): string {
  const title = (id: string) => grid.sessions.find((s) => s.id === id)?.title ?? '';
  const room = (id: string) => grid.rooms.find((r) => r.id === id)?.name ?? '';
  switch (warning.kind) {
    case 'roomDoubleBooked':
      return t('conference.admin.grid.warning.roomDoubleBooked', {
        room: room(warning.roomId),
        first: title(warning.sessionIds[0]),
        second: title(warning.sessionIds[1]),
      });
    case 'speakerClash':
      return t('conference.admin.grid.warning.speakerClash', {
        speaker: 'speakerName' in warning ? warning.speakerName : '',
        first: title(warning.sessionIds[0]),
        second: title(warning.sessionIds[1]),
      });
    case 'outsideDay':
      return t(`conference.admin.grid.warning.outsideDay.${warning.reason}`, {
        title: title(warning.sessionId),
        time: warning.reason === 'afterEnd' ? grid.edition.dayEndsAt : grid.edition.dayStartsAt,
      });
    case 'workshopOverRoom':
      return t('conference.admin.grid.warning.workshopOverRoom', {
        title: title(warning.sessionId),
        room: room(warning.roomId),
        capacity: warning.capacity,
        roomCapacity: warning.roomCapacity,
      });
  }
}

/** The id of a session's «Plasser»/«Flytt» button: where focus returns after a move. */
export const sessionButtonId = (sessionId: string) => `programme-session-${sessionId}`;
