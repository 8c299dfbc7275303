import {
  LOCALES,
  type Locale,
  type ProgrammeFilter,
  type ProgrammeSnapshot,
  conferencePaths,
  isAccessFeature,
  pathTo,
} from '@knutepunkt/domain';

/**
 * The programme's filters live in its address (docs/adr/0012: GET forms, links for days), so a
 * filtered programme can be shared, works without JavaScript and is rendered on the server.
 * Values that name nothing in this release are ignored rather than refused: an old link still
 * shows the programme.
 */
export const PARAM = {
  day: 'dag',
  track: 'spor',
  room: 'rom',
  type: 'type',
  language: 'sprak',
  access: 'tilgang',
  q: 'q',
} as const;

export function parseProgrammeParams(params: URLSearchParams, snapshot: ProgrammeSnapshot): ProgrammeFilter {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const day = get(PARAM.day);
  const track = get(PARAM.track);
  const room = get(PARAM.room);
  const type = get(PARAM.type);
  const language = get(PARAM.language);
  const access = get(PARAM.access);
  const q = get(PARAM.q)?.slice(0, 100);
  return {
    ...(day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? { day } : {}),
    ...(track && snapshot.tracks.some((t) => t.id === track) ? { trackId: track } : {}),
    ...(room && snapshot.rooms.some((r) => r.guid === room) ? { roomGuid: room } : {}),
    ...(type && snapshot.types.some((t) => t.id === type) ? { typeId: type } : {}),
    ...(language && (LOCALES as readonly string[]).includes(language) ? { language: language as Locale } : {}),
    ...(access && isAccessFeature(access) ? { access } : {}),
    ...(q ? { q } : {}),
  };
}

/** The address's query for a filter, in a fixed order (the same filter, the same address). */
export function programmeQuery(filter: ProgrammeFilter): Record<string, string> {
  const entries: Array<[string, string | undefined]> = [
    [PARAM.day, filter.day],
    [PARAM.track, filter.trackId],
    [PARAM.room, filter.roomGuid],
    [PARAM.type, filter.typeId],
    [PARAM.language, filter.language],
    [PARAM.access, filter.access],
    [PARAM.q, filter.q],
  ];
  return Object.fromEntries(entries.filter((e): e is [string, string] => !!e[1]));
}

export function programmeHref(slug: string, filter: ProgrammeFilter): string {
  return pathTo(conferencePaths.web.programme, { slug }, programmeQuery(filter));
}

/** Whether anything but the day narrows the programme. */
export function hasFilters(filter: ProgrammeFilter): boolean {
  const { day: _day, ...rest } = filter;
  return Object.keys(rest).length > 0;
}

/** A session's or speaker's number from the address, or null (then the page is not found). */
export function numberParam(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}
