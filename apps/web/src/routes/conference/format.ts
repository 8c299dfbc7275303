import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';

/**
 * Dates and times of the programme, always in Norwegian time whatever the device's zone
 * (DESIGN.md: Time; the pages say so), through INTL_LOCALES so the server and the browser
 * write the same text.
 */
const OSLO = 'Europe/Oslo';

/** An Oslo calendar day 'YYYY-MM-DD' as an instant inside it (noon UTC is that day in Oslo). */
const dayInstant = (day: string) => new Date(`${day}T12:00:00Z`);

/** «mandag 20. oktober». */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: OSLO,
  }).format(dayInstant(day));
}

/**
 * «20. oktober – 21. oktober 2031»: the edition's days. Not formatRange: its output differs
 * between the ICU of Node and of browsers, and the page must hydrate with the same text.
 */
export function formatDays(startsOn: string, endsOn: string, locale: Locale): string {
  const long = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: OSLO });
  if (startsOn === endsOn) return long.format(dayInstant(startsOn));
  const sameYear = startsOn.slice(0, 4) === endsOn.slice(0, 4);
  const first = sameYear
    ? new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: 'numeric', month: 'long', timeZone: OSLO })
    : long;
  return `${first.format(dayInstant(startsOn))} – ${long.format(dayInstant(endsOn))}`;
}

/** «09:00». */
export function formatClock(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { hour: '2-digit', minute: '2-digit', timeZone: OSLO }).format(
    new Date(iso),
  );
}

/** «09:00–09:45». */
export function formatTimeRange(start: string | Date, end: string | Date, locale: Locale): string {
  return `${formatClock(start, locale)}–${formatClock(end, locale)}`;
}

/** «1. september 2030»: when a release was published. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: OSLO }).format(new Date(iso));
}
