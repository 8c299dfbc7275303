import { createHash } from 'node:crypto';
import {
  type Locale,
  OSLO_TIME_ZONE,
  type ProgrammeSnapshot,
  type PublishedRelease,
  conferencePaths,
  escapeXml as escape,
  osloDate,
  sessionEndsAt,
  sessionUrl,
  slugify,
  trackSlug,
  translate,
} from '@knutepunkt/domain';

/**
 * The embeddable programme (docs/adr/0023): a small page partners put in an iframe. Rendered
 * on the server from the newest release with no script at all, its style inline (allowed by
 * the hash in its own Content-Security-Policy), every link opening in the top window. Filtered
 * by day (`dag=YYYY-MM-DD`), track (`spor=<slug>`) and room (`rom=<slug>`) through the address,
 * or through the little form, which works without JavaScript. Unknown values are ignored
 * (everything is shown), so the answers kept per filter stay few.
 */

const roomSlug = (name: string, guid: string) => slugify(name) || guid;

export const WIDGET_CSS = [
  'body{font:16px/1.4 system-ui,sans-serif;margin:0;padding:.75rem;color:#1e1e1e;background:#fff}',
  'h1{font-size:1.25rem;margin:0 0 .25rem}h2{font-size:1.05rem;margin:1rem 0 .25rem}',
  'p{margin:.25rem 0}form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}',
  'label{display:flex;flex-direction:column;font-size:.875rem}select,button{font:inherit;padding:.25rem}',
  'ol{list-style:none;margin:0;padding:0}li{padding:.4rem 0;border-top:1px solid #ddd}',
  'time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.5rem}a{color:#0b4f8a}',
  '.meta{display:block;font-size:.875rem;color:#444}.track{border-left:.3rem solid;padding-left:.3rem}',
].join('');

/** What every request for a release's widget needs, worked out once per snapshot (it never changes). */
interface WidgetIndex {
  /** The page's one style element: the fixed rules and a class per track for its colour (no style attributes). */
  css: string;
  styleHash: string;
  days: Set<string>;
  tracks: Set<string>;
  rooms: Set<string>;
}

const indexes = new WeakMap<ProgrammeSnapshot, WidgetIndex>();

function widgetIndex(snapshot: ProgrammeSnapshot): WidgetIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    const css =
      WIDGET_CSS +
      snapshot.tracks
        .map((tr, i) => (/^#[0-9a-f]{6}$/i.test(tr.colour) ? `.t${i}{border-color:${tr.colour}}` : ''))
        .join('');
    index = {
      css,
      styleHash: `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      days: new Set(snapshot.sessions.map((s) => osloDate(new Date(s.startsAt)))),
      tracks: new Set(snapshot.tracks.map((t) => trackSlug(t.name, t.id))),
      rooms: new Set(snapshot.rooms.map((r) => roomSlug(r.name, r.guid))),
    };
    indexes.set(snapshot, index);
  }
  return index;
}

/** The widget's policy: nothing but its own style (by its hash), framed only by the edition's listed origins. */
export function widgetContentSecurityPolicy(snapshot: ProgrammeSnapshot, origins: readonly string[]): string {
  const ancestors = origins.filter((o) => /^https?:\/\/[^\s;,'"]+$/.test(o));
  return [
    "default-src 'none'",
    `style-src ${widgetIndex(snapshot).styleHash}`,
    "img-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors.length ? ancestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export interface WidgetFilters {
  dag: string | null;
  spor: string | null;
  rom: string | null;
}

/** The filters that name something in this release; anything else is dropped. */
export function widgetFilters(snapshot: ProgrammeSnapshot, query: Record<string, unknown>): WidgetFilters {
  const one = (v: unknown) => (typeof v === 'string' ? v : null);
  const dag = one(query.dag);
  const spor = one(query.spor);
  const rom = one(query.rom);
  const index = widgetIndex(snapshot);
  return {
    dag: dag && index.days.has(dag) ? dag : null,
    spor: spor && index.tracks.has(spor) ? spor : null,
    rom: rom && index.rooms.has(rom) ? rom : null,
  };
}

const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function renderWidget(opts: {
  snapshot: ProgrammeSnapshot;
  release: PublishedRelease;
  base: string;
  locale: Locale;
  filters: WidgetFilters;
}): string {
  const { snapshot, release, base, locale, filters } = opts;
  const t = (key: string, params?: Record<string, string>) => escape(translate(locale, key, params));
  const { edition } = snapshot;
  const rooms = new Map(snapshot.rooms.map((r) => [r.guid, r]));
  const tracks = new Map(snapshot.tracks.map((tr) => [tr.id, tr]));
  const trackIndex = new Map(snapshot.tracks.map((tr, i) => [tr.id, i]));
  const speakers = new Map(snapshot.speakers.map((sp) => [sp.number, sp.name]));
  const clock = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: OSLO_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dayName = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const dayLabel = (date: string) => dayName.format(new Date(`${date}T12:00:00Z`));

  const shown = snapshot.sessions.filter((s) => {
    const room = rooms.get(s.roomGuid);
    const track = s.trackId ? tracks.get(s.trackId) : undefined;
    return (
      (!filters.dag || osloDate(new Date(s.startsAt)) === filters.dag) &&
      (!filters.spor || (track && trackSlug(track.name, track.id) === filters.spor)) &&
      (!filters.rom || (room && roomSlug(room.name, room.guid) === filters.rom))
    );
  });
  const byDay = new Map<string, typeof shown>();
  for (const s of shown) {
    const day = osloDate(new Date(s.startsAt));
    byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }

  const option = (value: string, label: string, selected: boolean) =>
    `<option value="${escape(value)}"${selected ? ' selected' : ''}>${escape(label)}</option>`;
  const select = (name: keyof WidgetFilters, label: string, options: { value: string; label: string }[]) =>
    `<label>${label}<select name="${name}">${option('', translate(locale, 'conference.widget.all'), !filters[name])}${options
      .map((o) => option(o.value, o.label, filters[name] === o.value))
      .join('')}</select></label>`;
  const allDays = [...new Set(snapshot.sessions.map((s) => osloDate(new Date(s.startsAt))))];
  const widgetPath = conferencePaths.web.widget.replace(':slug', encodeURIComponent(edition.slug));

  const form = [
    `<form method="get" action="${escape(widgetPath)}" aria-label="${t('conference.widget.filters')}">`,
    `<input type="hidden" name="lang" value="${locale}">`,
    select(
      'dag',
      t('conference.widget.day'),
      allDays.map((d) => ({ value: d, label: dayLabel(d) })),
    ),
    snapshot.tracks.length
      ? select(
          'spor',
          t('conference.widget.track'),
          snapshot.tracks.map((tr) => ({ value: trackSlug(tr.name, tr.id), label: tr.name })),
        )
      : '',
    select(
      'rom',
      t('conference.widget.room'),
      snapshot.rooms.map((r) => ({ value: roomSlug(r.name, r.guid), label: r.name })),
    ),
    `<button type="submit">${t('conference.widget.show')}</button></form>`,
  ].join('');

  const item = (s: (typeof shown)[number]) => {
    const track = s.trackId ? tracks.get(s.trackId) : undefined;
    const start = new Date(s.startsAt);
    const end = sessionEndsAt(s);
    const who = s.speakers
      .map((n) => speakers.get(n))
      .filter(Boolean)
      .join(', ');
    const meta = [rooms.get(s.roomGuid)?.name, track?.name, who].filter(Boolean).map((m) => escape(m!));
    const colour = track ? ` class="track t${trackIndex.get(track.id)}"` : '';
    return (
      `<li${colour}><time datetime="${start.toISOString()}">${clock.format(start)}–${clock.format(end)}</time>` +
      `<a href="${escape(sessionUrl(base, edition.slug, s.number))}" target="_top"${s.language !== locale ? ` hreflang="${s.language}" lang="${s.language}"` : ''}>${escape(s.title)}</a>` +
      `<span class="meta">${meta.join(' · ')}</span></li>`
    );
  };
  const days = [...byDay]
    .map(
      ([day, sessions]) =>
        `<section><h2>${escape(dayLabel(day))}</h2><ol>${sessions.map(item).join('')}</ol></section>`,
    )
    .join('');
  const programme = `${base.replace(/\/+$/, '')}${conferencePaths.web.programme.replace(':slug', encodeURIComponent(edition.slug))}`;

  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The site's icon, said outright: opened on its own, the browser would otherwise ask for /favicon.ico (a 404).
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<meta name="robots" content="noindex"><title>${t('conference.widget.title', { title: edition.title })}</title>`,
    `<style>${widgetIndex(snapshot).css}</style></head><body><main>`,
    `<h1>${t('conference.widget.title', { title: edition.title })}</h1>`,
    `<p>${t('conference.osloTime')} ${t('conference.widget.release', { name: release.name })}</p>`,
    form,
    `<div aria-live="polite">${days || `<p>${t('conference.widget.empty')}</p>`}</div>`,
    `<p><a href="${escape(programme)}" target="_top">${t('conference.widget.fullProgramme')}</a></p>`,
    '</main></body></html>',
  ].join('');
}
