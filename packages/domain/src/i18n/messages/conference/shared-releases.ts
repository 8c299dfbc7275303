import { defineMessages } from '../../define.ts';

/**
 * Releases and their changes (docs/adr/0023), in both apps and in the notice the server sends
 * to those who starred a changed session. In a line, `{when}` is a slot written by
 * formatSlotTime (Oslo time, the reader's language) and `{room}` the room's name.
 */
export const conferenceSharedReleases = defineMessages({
  'conference.release.kind.added': { nb: 'Nye', nn: 'Nye', en: 'New' },
  'conference.release.kind.cancelled': { nb: 'Avlyst', nn: 'Avlyste', en: 'Cancelled' },
  'conference.release.kind.moved': { nb: 'Flyttet', nn: 'Flytte', en: 'Moved' },
  'conference.release.kind.changed': { nb: 'Endret', nn: 'Endra', en: 'Changed' },
  'conference.release.slot': { nb: '{when}, {room}', nn: '{when}, {room}', en: '{when}, {room}' },
  'conference.release.movedFromTo': {
    nb: 'fra {from} til {to} (norsk tid)',
    nn: 'frå {from} til {to} (norsk tid)',
    en: 'from {from} to {to} (Norwegian time)',
  },
  'conference.release.field.title': {
    nb: 'ny tittel (før: «{before}»)',
    nn: 'ny tittel (før: «{before}»)',
    en: 'new title (was “{before}”)',
  },
  'conference.release.field.speakers': {
    nb: 'foredragsholdere nå: {after} (før: {before})',
    nn: 'føredragshaldarar no: {after} (før: {before})',
    en: 'speakers now: {after} (was: {before})',
  },
  'conference.release.field.language': {
    nb: 'språk nå: {after} (før: {before})',
    nn: 'språk no: {after} (før: {before})',
    en: 'language now: {after} (was: {before})',
  },
  'conference.release.noSpeakers': { nb: 'ingen', nn: 'ingen', en: 'none' },
  'conference.release.language.nb': { nb: 'bokmål', nn: 'bokmål', en: 'Norwegian Bokmål' },
  'conference.release.language.nn': { nb: 'nynorsk', nn: 'nynorsk', en: 'Norwegian Nynorsk' },
  'conference.release.language.en': { nb: 'engelsk', nn: 'engelsk', en: 'English' },
  'conference.release.mail.subject': {
    nb: 'Endringer i programmet: {edition}',
    nn: 'Endringar i programmet: {edition}',
    en: 'Changes to the programme: {edition}',
  },
  'conference.release.mail.body': {
    nb: 'Programmet for «{edition}» er oppdatert ({release}). Dette gjelder sesjoner du har stjernemerket:\n\n{changes}\n\nAlle tider er norsk tid. Se alle endringene her: {link}',
    nn: 'Programmet for «{edition}» er oppdatert ({release}). Dette gjeld sesjonar du har stjernemerkt:\n\n{changes}\n\nAlle tider er norsk tid. Sjå alle endringane her: {link}',
    en: 'The programme of “{edition}” has been updated ({release}). This concerns sessions you starred:\n\n{changes}\n\nAll times are Norwegian time. See every change here: {link}',
  },
  'conference.release.mail.cancelled': {
    nb: '- «{title}» er avlyst (var {was}).',
    nn: '- «{title}» er avlyst (var {was}).',
    en: '- “{title}” is cancelled (was {was}).',
  },
  'conference.release.mail.moved': {
    nb: '- «{title}» er flyttet {fromTo}.',
    nn: '- «{title}» er flytt {fromTo}.',
    en: '- “{title}” has moved {fromTo}.',
  },
  'conference.release.mail.changed': {
    nb: '- «{title}» er endret: {fields}.',
    nn: '- «{title}» er endra: {fields}.',
    en: '- “{title}” has changed: {fields}.',
  },
  'conference.release.error.published': {
    nb: 'Utgivelsen er publisert og kan ikke endres.',
    nn: 'Utgivinga er publisert og kan ikkje endrast.',
    en: 'The release is published and cannot be changed.',
  },
});
