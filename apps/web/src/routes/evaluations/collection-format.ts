import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';

/** An Oslo calendar day 'YYYY-MM-DD' as words ("12. oktober 2026"), whatever the device's zone. */
export function formatDay(day: string, locale: Locale): string {
  // Noon UTC is the same calendar day in Oslo all year round.
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** An instant as day and time in Oslo ("12. okt. 2026, 14:32"). */
export function formatWhen(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}

/** A time of day in Oslo ("14.32"), for «Lagret kl. …». */
export function formatClock(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}

/** Today in Oslo as 'YYYY-MM-DD' (a form's default day). */
export function osloToday(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}
