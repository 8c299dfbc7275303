import type { Locale } from '@knutepunkt/domain';
import { formatDate } from '../../format.ts';

/** An Oslo calendar day 'YYYY-MM-DD' as a date (noon UTC is that same day in Oslo all year). */
export const formatDay = (locale: Locale, day: string) => formatDate(locale, `${day}T12:00:00Z`);
