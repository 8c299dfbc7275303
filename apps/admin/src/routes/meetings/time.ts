import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';
import { TIME_ZONE } from '../../format.ts';

/** "12. mars 2027, 10:00–15:30" in Norwegian time (Intl's range format, whatever the machine's zone). */
export function formatMeetingTime(locale: Locale, startsAt: string, endsAt: string): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}
