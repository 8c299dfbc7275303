import { INTL_LOCALES, type Locale } from '../i18n/locale.ts';
import { OSLO_TIME_ZONE } from '../time/oslo.ts';
import type { SessionSlot } from './release-changes.ts';

/**
 * "mandag 20. oktober 09:00–09:45": a session's day and time in Norwegian time whatever the
 * reader's zone, in their language. The change log, the admin preview and the notices all
 * write a slot this way, so the same move reads the same everywhere; the room is added by
 * the caller's sentence.
 */
export function formatSlotTime(locale: Locale, slot: Pick<SessionSlot, 'startsAt' | 'endsAt'>): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: OSLO_TIME_ZONE,
  }).formatRange(new Date(slot.startsAt), new Date(slot.endsAt));
}
