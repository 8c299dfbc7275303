import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';

/** Content languages arrive as plain strings from the search; anything unknown is read as bokmål. */
export function contentLang(language: string): Locale {
  return language === 'nn' || language === 'en' ? language : 'nb';
}

/** "3. mars 2026" in Norwegian time, whatever the device's zone (DESIGN.md: Time). */
export function formatDay(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(
    new Date(iso),
  );
}

/** "14:02" in Norwegian time: when the draft was last saved. */
export function formatClock(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

/** "3. mars 2026, 14:02": for versions and notifications, where the day alone is not enough. */
export function formatDayAndTime(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

/** "1,2 MB" / "340 kB": a file's size, so a reader on a phone knows what a download costs. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
