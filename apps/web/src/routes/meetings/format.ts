import { INTL_LOCALES, type Locale } from '@knutepunkt/domain';

/**
 * "20. mai 2031, 09:00–15:30" (or both dates when it runs over days), in Norwegian time whatever
 * the device's zone (DESIGN.md: Time), as the practice bank's formatDayAndTime.
 */
export function formatMeetingTime(start: string | Date, end: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).formatRange(new Date(start), new Date(end));
}

/** The venue's name and address, as far as they are known. */
export function venueOf(meeting: { venueName: string | null; venueAddress: string | null }): string | null {
  const parts = [meeting.venueName, meeting.venueAddress].filter((p): p is string => !!p?.trim());
  return parts.length > 0 ? parts.join(', ') : null;
}
