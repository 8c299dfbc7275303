import { INTL_LOCALES, type Locale } from '../i18n/locale.ts';
import { OSLO_TIME_ZONE } from '../time/oslo.ts';
import type { FieldChange, MovedSession, SessionSlot } from './release-changes.ts';

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

/** The keys the sentences below use; each app's `t` and the server's `translate` take them. */
export type ReleaseTextKey =
  | 'conference.release.slot'
  | 'conference.release.movedFromTo'
  | 'conference.release.field.title'
  | 'conference.release.field.speakers'
  | 'conference.release.field.language'
  | 'conference.release.noSpeakers'
  | `conference.release.language.${Locale}`;

export type ReleaseTranslate = (key: ReleaseTextKey, params?: Record<string, string>) => string;

/** "mandag 20. oktober, 09:00–09:45, Storsalen". */
export function slotText(t: ReleaseTranslate, locale: Locale, slot: SessionSlot): string {
  return t('conference.release.slot', { when: formatSlotTime(locale, slot), room: slot.roomName });
}

/** "fra mandag …, Storsalen til tirsdag …, Møterom 2 (norsk tid)". */
export function movedText(t: ReleaseTranslate, locale: Locale, moved: Pick<MovedSession, 'from' | 'to'>): string {
  return t('conference.release.movedFromTo', {
    from: slotText(t, locale, moved.from),
    to: slotText(t, locale, moved.to),
  });
}

/** One changed field in words: "ny tittel (før: «…»)", "foredragsholdere nå: … (før: …)", "språk nå: …". */
export function fieldChangeText(t: ReleaseTranslate, change: FieldChange): string {
  switch (change.field) {
    case 'title':
      return t('conference.release.field.title', { before: change.before });
    case 'speakers': {
      const names = (list: string[]) => (list.length > 0 ? list.join(', ') : t('conference.release.noSpeakers'));
      return t('conference.release.field.speakers', { before: names(change.before), after: names(change.after) });
    }
    case 'language':
      return t('conference.release.field.language', {
        before: t(`conference.release.language.${change.before}`),
        after: t(`conference.release.language.${change.after}`),
      });
  }
}

/** All of a session's changed fields, joined. */
export function fieldChangesText(t: ReleaseTranslate, fields: readonly FieldChange[]): string {
  return fields.map((f) => fieldChangeText(t, f)).join('; ');
}
