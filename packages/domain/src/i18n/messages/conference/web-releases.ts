import { defineMessages } from '../../define.ts';

/** The public change log of a conference programme (docs/adr/0023). */
export const conferenceWebReleases = defineMessages({
  'conference.web.changes.title': {
    nb: 'Endringer i programmet: {edition}',
    nn: 'Endringar i programmet: {edition}',
    en: 'Changes to the programme: {edition}',
  },
  'conference.web.changes.description': {
    nb: 'Alle utgivelser av programmet for {edition}, med nye, avlyste, flyttede og endrede sesjoner.',
    nn: 'Alle utgivingar av programmet for {edition}, med nye, avlyste, flytte og endra sesjonar.',
    en: 'Every release of the programme of {edition}, with new, cancelled, moved and changed sessions.',
  },
  'conference.web.changes.intro': {
    nb: 'Den nyeste utgivelsen står først. Alle tider er norsk tid.',
    nn: 'Den nyaste utgivinga står først. Alle tider er norsk tid.',
    en: 'The newest release comes first. All times are Norwegian time.',
  },
  'conference.web.changes.programme': {
    nb: 'Til programmet',
    nn: 'Til programmet',
    en: 'To the programme',
  },
  'conference.web.changes.published': {
    nb: 'Publisert {date}',
    nn: 'Publisert {date}',
    en: 'Published {date}',
  },
  'conference.web.changes.none': {
    nb: 'Ingen sesjoner ble endret i denne utgivelsen.',
    nn: 'Ingen sesjonar vart endra i denne utgivinga.',
    en: 'No session changed in this release.',
  },
  'conference.web.changes.was': { nb: 'var {slot}', nn: 'var {slot}', en: 'was {slot}' },
});
