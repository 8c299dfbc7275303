import { FRAB_GENERATOR, type FrabJsonEvent, frabJson, trackSlug } from './frab-json.ts';
import type { ProgrammeSnapshot, PublishedRelease } from './snapshot.ts';

/**
 * The programme in the frab/c3voc XML format (schedule.xml.xsd, application/vnd.c3voc.schedule+xml),
 * made from the same events as the JSON (frab-json.ts) so the two never disagree. Written by
 * hand with escape() below: the format is small and an XML library would be the bigger risk.
 * Elements XSD does not have (a person's biography, an event's end) are left out. Pure.
 */

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF:
// anything else in a title would make the whole file unreadable to every app, so it is dropped.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for element content and double-quoted attributes. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

type Attrs = Record<string, string | number | null | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** One element; `children` are already XML, `text` is escaped here. */
function el(name: string, values: Attrs, content: { text?: string; children?: string[] } = {}): string {
  if (content.children) return `<${name}${attrs(values)}>${content.children.join('')}</${name}>`;
  if (content.text) return `<${name}${attrs(values)}>${escapeXml(content.text)}</${name}>`;
  return `<${name}${attrs(values)}/>`;
}

const text = (name: string, value: string) => el(name, {}, { text: value });

function eventXml(e: FrabJsonEvent): string {
  return el(
    'event',
    { id: e.id, guid: e.guid },
    {
      children: [
        text('room', e.room),
        text('title', e.title),
        text('subtitle', e.subtitle),
        text('type', e.type),
        text('date', e.date),
        text('start', e.start),
        text('duration', e.duration),
        text('abstract', e.abstract),
        text('slug', e.slug),
        text('track', e.track ?? ''),
        el(
          'persons',
          {},
          { children: e.persons.map((p) => el('person', { id: p.id, guid: p.guid }, { text: p.public_name })) },
        ),
        text('language', e.language),
        text('description', e.description),
        el('recording', {}, { children: [text('license', ''), text('optout', String(e.do_not_record))] }),
        el('links', {}, { children: e.links.map((l) => el('link', { href: l.url }, { text: l.title })) }),
        el(
          'attachments',
          {},
          { children: e.attachments.map((a) => el('attachment', { href: a.url }, { text: a.title })) },
        ),
        text('url', e.url),
      ],
    },
  );
}

export function frabXml(snapshot: ProgrammeSnapshot, release: PublishedRelease, baseUrl: string): string {
  const { schedule } = frabJson(snapshot, release, baseUrl);
  const c = schedule.conference;
  const roomGuid = new Map(c.rooms.map((r) => [r.name, r.guid]));
  const body = el(
    'schedule',
    {},
    {
      children: [
        el('generator', { name: FRAB_GENERATOR, version: '1' }),
        text('url', schedule.url.replace(/\.json$/, '.xml')),
        text('version', schedule.version),
        el(
          'conference',
          {},
          {
            children: [
              text('acronym', c.acronym),
              text('title', c.title),
              text('start', c.start),
              text('end', c.end),
              text('days', String(c.daysCount)),
              text('timeslot_duration', c.timeslot_duration),
              text('base_url', schedule.base_url),
              text('url', c.url),
              text('time_zone_name', c.time_zone_name),
              ...snapshot.tracks.map((t) =>
                el('track', { name: t.name, color: t.colour, slug: trackSlug(t.name, t.id) }),
              ),
            ],
          },
        ),
        ...c.days.map((day) =>
          el(
            'day',
            { index: day.index, date: day.date, start: day.day_start, end: day.day_end },
            {
              children: Object.entries(day.rooms).map(([name, events]) =>
                el('room', { name, guid: roomGuid.get(name) }, { children: events.map(eventXml) }),
              ),
            },
          ),
        ),
      ],
    },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
