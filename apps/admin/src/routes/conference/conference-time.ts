import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';
import { TIME_ZONE } from '../../format.ts';

/** «man. 20. okt. 2031, 09:00» in Norwegian time, whatever the machine's zone (the page says it is Norwegian time). */
export function formatSessionTime(locale: Locale, startsAt: string | Date): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(startsAt));
}
