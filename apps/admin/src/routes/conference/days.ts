import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';

/** «20.–21. oktober 2031»: an edition's calendar days ('YYYY-MM-DD', Oslo days, read as such). */
export function formatDays(locale: Locale, startsOn: string, endsOn: string): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' });
  const day = (d: string) => new Date(`${d}T12:00:00Z`);
  return startsOn === endsOn ? format.format(day(startsOn)) : format.formatRange(day(startsOn), day(endsOn));
}
